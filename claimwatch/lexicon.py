"""Word lists the rules read. General English news vocabulary, never one article's strings.

Kept apart from the rules so a reader can see, and extend, what the extractor knows.
"""

from __future__ import annotations

import re

# Verbs that attribute the clause under them to their subject ("X said that ...").
REPORT_VERBS = frozenset(
    [
        "say",
        "see",  # "a photographer saw officers use pepper spray": what a witness saw
        "witness",
        "tell",
        "claim",
        "report",
        "announce",
        "insist",
        "state",
        "confirm",
        "deny",
        "add",
        "estimate",
        "allege",
        "admit",
        "acknowledge",
        "warn",
        "accuse",
        "note",
        "write",
        "declare",
        "assert",
        "maintain",
        "count",
        "reject",
        "dismiss",
        "tweet",
        "post",
        "testify",
        "argue",
        "suggest",
        "indicate",
        "reveal",
        "disclose",
        "inform",
        "quote",
        "stress",
        "explain",
        "believe",
        "think",
        "agree",
        "predict",
        "forecast",
        "expect",
        "reply",
        "respond",
        "retort",
        "concede",
        "dispute",
        "revise",
        "correct",
        "restate",
        "point",  # "he pointed out that there are no casualties"
        "emphasise",
        "emphasize",
        "underline",
        "specify",
        # a translation's "précise": "precises the communiqué" (the model's lemma is "precis")
        "precise",
        "precis",
    ]
)
# Verbs that report only a clause under them ("the ministry repeated that the town was under
# its control"), not a thing ("repeated its call for calm", "affirmed the convictions",
# "residents contend with power cuts"), and not when denied ("did not mention that ...").
CLAUSE_REPORT_VERBS = frozenset(
    ["repeat", "reiterate", "affirm", "assure", "clarify", "mention", "remark", "contend"]
)

# Verbs that state a figure when their object is one: "police put the figure at 18,000",
# "police raised the death toll to 41".
FIGURE_SETTING_VERBS = frozenset(
    ["put", "raise", "lower", "set", "give", "revise", "cut", "update", "stand"]
)

# Verbs that reject another claim ("denied a report that ...", "dismissed it as ...").
DENIAL_VERBS = frozenset(["deny", "reject", "dismiss", "refute", "dispute", "contest", "rebut", "discredit"])

# What a speaker knows of or was told of: "had not been informed of any plans to close it".
KNOWING_WORDS = frozenset("inform notify aware know brief consult tell".split())
# A workforce's bodies told of a plan, or consulted on it (extract._staff_told): "informed the
# works council", "employee representatives had been consulted", "the union was never consulted"
# (told and consulted two questions: "informed but not consulted" is a union's usual complaint).
STAFF_TOLD_VERBS = frozenset("inform notify consult".split())
STAFF_BODIES = frozenset("union representative steward delegate workforce employee worker".split())
STAFF_TOLD_OBJECT = "workforce"  # the keys "inform|workforce", "consult|workforce"
# Phrases that call a claim false without a denial verb ("The figure ... has no basis").
DENIAL_PHRASES = (
    "no basis",
    "without any basis",  # (as translations word it: "are the rumours without any basis")
    "without basis",
    "baseless",
    "groundless",
    "not true",
    "untrue",
    "false",
    "fake",
    "fabricated",
    "fabrication",
    "disinformation",
    "misinformation",
    "propaganda",
    "nonsense",
    "a lie",
    "lies",
    "refused to accept",
    "does not correspond to reality",
    "do not correspond to reality",
    "not correspond to reality",
    "not correspond to the reality",  # (as translations word it)
    "not corresponding to reality",
    "not corresponding to the reality",
    "far from the truth",
    "not correct",
    "incorrect",
    "not accurate",
    "inaccurate",
    "pure speculation",
    "exaggerated",
    "fiction",
    "invention",
    "invented",
    "made up",
    "exaggeration",
    "undercount",
    "overcount",
    "inflated",
    "underestimate",
    "no evidence to support",  # "had no evidence to support the toll of 37 given by the aid group"
    "no relation with the reality",  # (as translations word it: "has no relation with the reality")
    "no relation with reality",
    "no relation to reality",
    "nothing to do with reality",
    "nothing to do with the reality",
    "does not reflect the reality",
    "does not reflect reality",
)

# Nouns that name a count of people: the verb around them says what is counted.
PERSON_NOUNS = frozenset(
    [
        "villager",
        "comrade",  # (a union's word for its members: "five of our comrades")
        "farmer",
        "teacher",
        "nurse",
        "doctor",
        "miner",
        "staff",
        "fan",
        "spectator",
        "supporter",
        "voter",
        "migrant",
        "pupil",
        "crew",
        "prisoner",
        "hostage",
        "inmate",
        "guard",
        "policeman",
        "journalist",
        "tourist",
        "pilgrim",
        "survivor",
        "casualty",
        "individual",
        "striker",
        "people",
        "person",
        "soldier",
        "troop",
        "civilian",
        "resident",
        "child",
        "man",
        "woman",
        "serviceman",
        "servicemen",
        "fighter",
        "personnel",
        "member",
        "marine",
        "conscript",
        "mercenary",
        "worker",
        "employee",
        "passenger",
        "victim",
        "pilot",
        "officer",
        "sailor",
        "seafarer",
        "seaman",
        "militant",
        "national",
        "citizen",
        "adult",
        "infant",
        "student",
        "patient",
        "driver",
        "trucker",
        "engineer",
        "technician",
        "labourer",
        "laborer",
        "firefighter",
        "rescuer",
        "volunteer",
        "fisherman",
        "fishermen",
        # (others named by their trade with "-man": "three boatmen were taken")
        "boatman",
        "ferryman",
        "helmsman",
        "crewman",
        "herdsman",
        "tribesman",
        "cameraman",
        "tradesman",
        "craftsman",
        "businessman",
        "watchman",
        "workman",
        "repairman",
        "lineman",
        "dockworker",
        "hawker",
        "medic",
        "paramedic",
        "reporter",
        "photographer",
        "boy",
        "girl",
        "teenager",
        "worshipper",
        "shopper",
        "pedestrian",
        "commuter",
        "guest",
        "visitor",
        "trader",
        "vendor",
        "herder",
        "contractor",
        # people at work a strike counts: "41 percent of air traffic controllers joined"
        "controller",
        "dispatcher",
        "clerk",
        "midwife",
        "surgeon",
        "pharmacist",
        "lecturer",
        "docker",
        "stevedore",
        "mechanic",
        # those out on a mountain or in the snow: "seven skiers were caught in the avalanche"
        "skier",
        "snowboarder",
        "climber",
        "trekker",
        "mountaineer",
        "porter",
    ]
)
# Who the dead were: a state's forces, or an armed group's ("14 fighters" are not "23
# soldiers"). Both are combatants (MILITARY_NOUNS).
FORCES_NOUNS = frozenset(
    """soldier troop serviceman servicemen personnel marine conscript pilot sailor army military
    force officer guard guardsman manpower""".split()
)
# The people of a workplace by the names reports give them: one count, whichever is used.
WORKFORCE_ROLES = frozenset("worker employee miner staff labourer laborer".split())
# Whose people a count is of, after the country (extract._whose writes them, detect reads them):
# "russia military", "thai civilian".
SUBJECT_CATEGORIES = frozenset(
    ["military", "militant", "child", "civilian", "abroad", "counter", "nationals"]
)
# People counted by their nationality alone ("killed three Palestinians"): of no category of
# their own, and maybe some of a toll that names no one ("13 Americans" of "170 people").
NATIONALS = "nationals"
# The category of people counted crossing a border ("21,000 crossed into Burundi"): refugees,
# not a count of everyone the fighting displaced.
ABROAD = "abroad"
# What a state's forces speak as, named by no country ("the defence ministry", "the army"):
# in a report of a fight between countries, its home country's (extract._the_reports_country).
MILITARY_VOICE_WORDS = frozenset(
    "defence defense ministry army armed force forces military command general staff".split()
)
# Where people are as they wait for news, told of them: "families gathered at the port said",
# "relatives waiting outside the hospital" (parse_repairs, when_where).
WAITING_VERBS = frozenset("gather wait stand camp queue assemble sit".split())
# Acts named as nouns, counted by what they were done to: "168 flight cancellations".
ACTS_ON_THINGS = {"cancellation": "cancel"}
# Those who rallied against a march ("200 counter-demonstrators"): not the march's crowd.
COUNTER = "counter"
# Whose soldiers a count of a fight between two countries is, that names neither: both's.
BOTH_SIDES = "both"
ARMED_GROUP_NOUNS = frozenset(
    """fighter militant terrorist insurgent rebel gunman jihadist combatant mercenary operative
    militia militiaman assailant attacker raider extremist mujahid mujahideen""".split()
)
MILITARY_NOUNS = FORCES_NOUNS | ARMED_GROUP_NOUNS
# What two forces have with each other: "an exchange of fire with Chinese troops".
CLASH_NOUNS = frozenset(
    """clash exchange fire firing fighting skirmish battle gunfight shootout confrontation
    encounter standoff scuffle brawl face-off""".split()
)
# Where two countries' forces meet: "in fighting on the border between Armenia and Azerbaijan".
FIGHT_PLACES = CLASH_NOUNS | frozenset("border frontier boundary line war conflict".split())
CIVILIAN_NOUNS = frozenset(
    """civilian resident child woman infant student patient citizen villager passerby passenger inhabitant
    fisherman farmer herder shepherd nomad""".split()
)
# The people of a place, as a killing's victims are told ("martyred nine of the citizens": nine,
# not some of a count, as "two of the patients died" are some of the injured).
POPULATION_NOUNS = frozenset("civilian resident citizen villager inhabitant herder farmer fisherman".split())
# Children are counted apart: "no children were killed" says nothing of the people killed.
CHILD_NOUNS = frozenset(["child", "children", "minor", "infant", "baby", "schoolchild", "kid"])

# Generic nouns that stand for a figure mentioned elsewhere ("put the figure at 18,000").
FIGURE_NOUNS = frozenset(
    ["figure", "number", "total", "count", "tally", "estimate", "toll", "amount", "level"]
)
# Measures whose "of" names their value, as a figure noun's does: "with turnout of 82.4%".
RATE_NOUNS = frozenset(["turnout", "participation"])
# What "according to" cites as given by a source, who then speaks: "according to data from the
# health ministry", "the information obtained from the Command Post" (speakers._source_of).
CITED_NOUNS = frozenset("information data datum figure statistic estimate tally count record report".split())
# Nouns a rejection names what it rejects by: "dismissed Kyiv's claims of thousands dead".
CLAIM_NOUNS = FIGURE_NOUNS | frozenset(
    ["claim", "report", "allegation", "assertion", "statement", "news", "information", "rumour", "rumor",
     "finding", "conclusion", "version"]
)

# What a side calls its own dead, in English and in the words of its own languages.
MARTYR_WORDS = frozenset("martyr shehid shahid shaheed".split())
# lemma -> measure, for the counted noun.
NOUN_MEASURES = {
    "death": "deaths",
    "dead": "deaths",
    "deceased": "deaths",  # "27 deceased" (translated)
    # "three martyrs", "became the shehids": as the dead are called by their side
    **dict.fromkeys(MARTYR_WORDS, "deaths"),
    "fallen": "deaths",  # "8 fallen soldiers"
    "body": "deaths",
    "corpse": "deaths",
    "fatality": "deaths",
    "life": "deaths",
    "casualty": "casualties",
    "injury": "injured",
    "injured": "injured",
    "wounded": "injured",
    "prisoner": "captured",
    "hostage": "captured",
    "escapee": "escaped",  # "puts the number of escapees at 38"
    "pow": "captured",
    "captive": "captured",
    "detainee": "detained",
    "arrest": "detained",
    "detention": "detained",  # "documented 430 detentions"
    "layoff": "job_cuts",
    "redundancy": "job_cuts",
    "retrenchment": "job_cuts",  # (a layoff, in southern Africa's and South Asia's English)
    "dismissal": "job_cuts",  # ("we do not plan any dismissals", a translation's layoffs)
    "marcher": "participants",
    "protester": "participants",
    "protestor": "participants",
    "demonstrator": "participants",
    "participant": "participants",
    "attendee": "participants",
    "attendance": "participants",  # "police put attendance at 24,000"
    "absenteeism": "participants",  # "absenteeism stood at 45 percent" on a strike's day
    "striker": "participants",
    "crowd": "participants",
    "turnout": "participants",
    "participation": "participants",
    "adherence": "participants",  # "adherence to the strike reached 90 percent"
    "refugee": "displaced",
    "leak": "leaked",  # "there was no leak"
    "leakage": "leaked",
    "spill": "leaked",
    "evacuee": "displaced",
    "growth": "change",
    "gdp": "change",
    "inflation": "inflation",
    "unemployment": "unemployment",
}

# lemma -> measure, for the verb that governs a count of people (or a bare figure).
VERB_MEASURES = {
    "abduct": "captured",  # taken by force: prisoners of war, hostages, abductees
    "kidnap": "captured",
    "trap": "trapped",
    "strand": "trapped",
    "rescue": "rescued",
    "save": "rescued",  # "the rescue saved 24 people"
    "strike": "participants",
    "kill": "deaths",
    "sicken": "cases",  # "310 children were sickened by the meal": those taken ill
    "die": "deaths",
    "perish": "deaths",
    "succumb": "deaths",  # "a fourth soldier succumbed to his wounds"
    "drown": "deaths",
    "execute": "deaths",
    "martyr": "deaths",  # "were martyred"
    "massacre": "deaths",
    "murder": "deaths",
    "lose": "deaths",  # "lost their lives" / "lost 500 soldiers"
    "injure": "injured",
    "wound": "injured",
    "hurt": "injured",
    "harm": "casualties",  # killed or hurt
    "capture": "captured",
    "take": "captured",  # "taken 200 prisoner"; only used with a person noun or hostage
    "surrender": "captured",  # "300 soldiers had surrendered": taken prisoner
    "detain": "detained",
    "arrest": "detained",
    "march": "participants",
    "walk": "participants",
    "join": "participants",
    "participate": "participants",
    "attend": "participants",
    "protest": "participants",
    "rally": "participants",
    "demonstrate": "participants",
    "gather": "participants",
    "draw": "participants",
    "treat": "injured",  # "the hospital treated 19 passengers": hurt enough to be treated
    "hospitalise": "injured",
    "hospitalize": "injured",
    "admit": "injured",  # "three workers were admitted with chemical burns"
    "mobilise": "participants",  # "the CGT said it had mobilised 500,000 people"
    "mobilize": "participants",
    "evacuate": "displaced",
    "displace": "displaced",
    "flee": "displaced",
    "employ": "workforce",
    "carry": "aboard",
    "hire": "hires",
    "grow": "change",
    "rise": "change",
    "fall": "change",
    "drop": "change",
    "shrink": "change",
    "contract": "change",
    "expand": "change",
    "increase": "change",
    "decrease": "change",
    "climb": "change",
    "decline": "change",
    "slow": "change",
    "jump": "change",
    "slump": "change",
    "plunge": "change",
    "soar": "change",
}

# Verb + object pairs: "cut 4,000 jobs", "take part".
# What a crowd does to a square or a street: "140,000 people filled Slavija Square".
CROWD_FILL_VERBS = frozenset(["fill", "pack", "throng", "flood", "jam", "crowd"])
VERB_OBJECT_MEASURES = {
    ("cut", "job"): "job_cuts",
    ("shed", "job"): "job_cuts",
    ("eliminate", "job"): "job_cuts",
    ("axe", "job"): "job_cuts",
    ("slash", "job"): "job_cuts",
    ("lose", "job"): "job_cuts",
    ("cost", "job"): "job_cuts",  # "the closure will cost all 400 jobs at the mill"
    ("lay", "worker"): "job_cuts",
    # (to lay off, in southern Africa's and South Asia's English)
    **{("retrench", whom): "job_cuts" for whom in ("worker", "employee", "people", "staff", "job", "miner",
                                                   "mineworker")},
    # ("will dismiss 410 workers", "no worker will be dismissed"; not "dismissed the claims")
    **{("dismiss", whom): "job_cuts" for whom in ("worker", "employee", "people", "staff", "miner")},
    ("create", "job"): "jobs_created",
    ("add", "job"): "jobs_created",
    ("take", "part"): "participants",
    ("stop", "work"): "participants",
    ("walk", "out"): "participants",
    ("turn", "out"): "participants",  # "more than 200,000 had turned out"
    ("turn", "up"): "participants",
    ("show", "up"): "participants",
    ("reduce", "workforce"): "job_cuts",
    ("reduce", "staff"): "job_cuts",
    ("reduce", "headcount"): "job_cuts",
    ("cut", "workforce"): "job_cuts",
    ("cut", "staff"): "job_cuts",
    ("shed", "worker"): "job_cuts",
    ("lay", "off"): "job_cuts",
    ("lay", "weapon"): "captured",  # "37 servicemen laid down their weapons": surrendered
    ("lay", "arm"): "captured",
    ("heed", "call"): "participants",  # "85% of its members heeded the strike call"
    ("follow", "strike"): "participants",  # "92 percent of teachers followed the strike"
    # "140,000 people filled the square" (not "50,000 fans packed the arena" for a match)
    **{(verb, place): "participants" for verb in CROWD_FILL_VERBS
       for place in ("square", "street", "avenue", "boulevard", "plaza", "road")},
    ("receive", "treatment"): "injured",  # "six passengers had received medical treatment"
    ("receive", "aid"): "injured",  # "four civilians received first aid" (extract: not food aid)
    # "nine passengers sought medical help": hurt enough to ask for care
    **{("seek", care): "injured" for care in ("treatment", "help", "attention", "care")},
    ("withdraw", "service"): "participants",  # "16,000 doctors had withdrawn their services"
    ("sacrifice", "life"): "deaths",  # "two soldiers sacrificed their lives for the nation"
}
# A company's stores, shops, outlets or branches closed: "no plans to close any stores".
STORE_NOUNS = frozenset("store shop outlet branch".split())
VERB_OBJECT_MEASURES.update({(verb, noun): "closures" for verb in ("close", "shut") for noun in STORE_NOUNS})

# What armies say of the enemy dead: "41 terrorists neutralised", "liquidated 60 militants".
KILLING_WORDS = frozenset("neutralize neutralise liquidate eliminate destroy".split())
# Those a border guard says it killed, named by what they did ("7 violators of the border were
# liquidated"): people killed, of no category (the other side may count them as civilians).
OUTLAW_NOUNS = frozenset("violator infiltrator smuggler saboteur bandit".split())
# Who a translated communiqué counts by the enemy's name alone ("37 enemy elements were
# neutralised", "more than 40 enemy manpower"): fighters (not "enemy vehicles", things).
ENEMY_PEOPLE_NOUNS = frozenset("element manpower personnel combatant".split())

# Counts of people or losses that only grow while an event goes on: a later, higher figure
# from another side days afterwards may simply be newer, not a dispute.
# What a bare "toll" can count when it refers back to the last figure: harm done.
HARM_MEASURES = frozenset(["deaths", "injured", "casualties"])
# What a report's own "there were no ..." denies: the hurt, the killed and the arrested.
HARM_TOLLS = HARM_MEASURES | {"detained"}
# What one side does to another, whose people's names say who did it: "the Israeli
# occupation's strikes", "Indian shelling".
AGGRESSION_NOUNS = frozenset(
    """occupation strike airstrike shelling attack aggression bombardment bombing raid invasion
    regime enemy""".split()
)

# Whom an outlet's report cites: "citing unnamed sources", "citing people familiar with the plans".
SOURCES_CITED = frozenset("source person people official document memo insider executive report".split())
# Verbs that say people died or were hurt, whoever they were: "six prisoners were killed" counts
# the dead, not prisoners taken (not "lose", "treat", "admit": said of many things).
HARM_DONE_VERBS = frozenset("kill die perish drown execute massacre murder martyr injure wound hurt".split())
# What is done to people by others counted as its doers ("seized by about 15 armed men").
# (not "attacked by some 300 militants", "ambushed by 200 fighters": the attackers' numbers
# are claims of their own)
HARM_AND_CAPTURE_VERBS = HARM_DONE_VERBS | frozenset(
    "abduct kidnap seize capture take detain arrest".split()
)
TALLY_MEASURES = frozenset(["deaths", "injured", "captured", "detained", "displaced", "casualties", "cases",
                            "recaptured"])
TALLY_VERB_KEYS = frozenset(["lose", "destroy", "attack", "kill", "capture"])

# Verbs whose counted object is people whatever noun names them ("killed 23 villagers").
PEOPLE_VERBS = frozenset(
    [
        "kill",
        "martyr",
        "massacre",
        "murder",
        "die",
        "perish",
        "injure",
        "wound",
        "hurt",
        "harm",
        "abduct",
        "kidnap",
        "detain",
        "arrest",
        "evacuate",
        "displace",
        "trap",
        "strand",
        "rescue",
        "treat",
        "hospitalise",
        "hospitalize",
        "admit",
    ]
)
# A toll said to be all there was: "the two terrorists were eliminated and no additional
# casualties were identified" (not "no other people were allowed into the area").
NO_OTHER_VICTIMS = re.compile(
    r"\bno (?:other|additional|further) (?:casualties|victims|deaths|civilians|people|persons)\b"
    r"[^.;]{0,30}?\b(?:killed|hurt|injured|wounded|harmed|reported|identified|recorded|found)\b",
    re.IGNORECASE,
)
# More hostages than any hostage-taking holds: "300,000 residents are held hostage by gangs"
# is a figure of speech.
MOST_HOSTAGES = 10_000
# Where prisoners are held: what it holds is its population, not people captured.
PRISON_NOUNS = frozenset(["prison", "jail", "gaol", "penitentiary", "facility", "camp", "centre", "center"])
# Who is taken, in "taken prisoner": someone held, not a count of prisoners.
CAPTIVE_NOUNS = frozenset(["prisoner", "captive", "hostage"])
# Who may be said none of in "no unit surrendered", "no members of the forces were captured".
CAPTIVE_GROUPS = frozenset(["member", "unit"])
# Measures that count people: a later "there were not 19 men" denies the same count.
PEOPLE_MEASURES = frozenset(
    ["deaths", "injured", "casualties", "captured", "detained", "trapped", "rescued", "missing",
     "displaced", "sheltered", "participants", "aboard"]
)
# Who works in a hospital: in hospital, they are not its patients.
HOSPITAL_STAFF = frozenset(
    "doctor nurse medic paramedic surgeon staff worker employee physician volunteer".split()
)
# Verbs by which evidence says what happened: "tests showed that styrene entered the river".
EVIDENCE_VERBS = frozenset(["show", "indicate", "prove", "demonstrate", "establish"])
# Parts of a workforce whose strike rates are told apart: "primary teachers", "the public sector".
SECTOR_WORDS = frozenset("primary secondary elementary nursery kindergarten public private".split())
# Predicate adjectives that count people: "19 miners remained trapped", "12 are missing".
ADJECTIVE_MEASURES = {
    "dead": "deaths",
    "killed": "deaths",  # ("the number of the killed", as translations say it)
    "trapped": "trapped",
    "missing": "missing",
    "unaccounted": "missing",  # "17 people were still unaccounted for"
    "injured": "injured",
    "wounded": "injured",
    "homeless": "displaced",
    "displaced": "displaced",
    "detained": "detained",
    "stranded": "trapped",
}
TALLY_EXTRA = ("abducted", "trapped", "missing", "rescued")
# Verbs that say what state people are in: "19 miners remained trapped", "38 people had been
# reported missing", "12 were confirmed dead", "nine are feared dead".
STATE_VERBS = frozenset("be remain stay go report list register record declare confirm presume fear".split())
# What is done to survivors that rescues them: "26 survivors were brought ashore" (not the
# survivors interviewed, met or spotted: people, not a count of the rescued).
SURVIVOR_RESCUE_VERBS = frozenset(
    "bring pull rescue save carry land disembark airlift transfer ferry evacuate pick winch".split()
)
# What people are trapped under after a collapse: "20 people are still under the wreckage".
RUBBLE_NOUNS = frozenset(["rubble", "debris", "wreckage", "ruin", "ruins"])

# Measures about an organisation: whose workforce, whose job cuts.
ORG_MEASURES = frozenset(["job_cuts", "jobs_created", "workforce", "hires", "closures"])
# Whether a thing (a bridge, a mine, a boiler) was inspected, which the reports of its collapse
# or explosion dispute: an event keyed by this, its subject the thing.
INSPECTED = "inspected"
# What a thing does to an inspection that says it was inspected: "passed a safety inspection",
# "underwent", "received no structural inspection", "has had an inspection".
INSPECTION_VERBS = frozenset("pass undergo receive have get fail".split())
# Words any structure is called, which name no thing of its own: "the structure was inspected".
ANY_STRUCTURE = frozenset("structure facility installation it".split())
# A sentence that may say whether a thing was inspected or held a valid certificate.
INSPECTION_TALK = re.compile(r"inspect|certif|permit|licen[cs]e|approval", re.I)
# A burst water main or sewer, told of as a thing ("a break in a water main", "no burst main")
# or an act ("a sewer main had burst"): one question, whether a pipe burst; the object it is read
# into (`BURST_OBJECT`, key "be|burst") and the keys of the readings it stands in for.
PIPE_NOUNS = frozenset("pipe pipeline main sewer conduit".split())
# (not "a break in the water supply": an interruption)
PIPE_SYSTEM_NOUNS = frozenset(["network"])
WATER_SUPPLY_WORDS = frozenset("water supply sewer sewage pipe pipeline".split())
BURST_NOUNS = frozenset("burst break rupture breakage leak".split())
BURST_VERBS = frozenset("burst rupture break crack".split())
BURST_WORDS = re.compile(r"\b(?:burst|broke|breaks?|breakage|ruptur\w*|leak\w*)\b", re.I)
BURST_OBJECT = "burst"
BURST_TALK = re.compile(r"^(?:burst|break|rupture|leak)\||\|(?:[\w ]+ )?(?:burst|break|rupture|leak)$")
# What certifies a thing safe: "a valid fire safety certificate", "a fire licence".
CERTIFICATE_NOUNS = frozenset("certificate certification permit licence license approval".split())
# Certificates of people, not of a thing's safety: "41 death certificates".
PERSONAL_DOCUMENTS = frozenset("death birth marriage vaccination vaccine sick medical".split())
# What a licence, permit or approval certifies when it certifies a thing safe: "a fire licence".
CERTIFIED_SAFETY = frozenset(
    "safety fire fitness technical inspection occupancy hygiene roadworthiness".split()
)
# What opens a clause of doubt: "it was not clear whether the bridge had been inspected".
DOUBT_MARKS = frozenset(["whether", "if"])
# What is certified that is no thing's safety: "the results were certified", "certified deaths".
NOT_CERTIFIED_SAFE = frozenset("result death vote election body document".split())
# How an inspection may be said not done well, or not yet, rather than not done: "not properly
# inspected", "have not yet inspected", "not inspected as often as the law requires".
HOW_WELL_DONE = frozenset("yet properly thoroughly adequately fully regularly often correctly".split())
# What a thing does with a certificate that says it holds one: "had", "holds", "obtained".
CERTIFICATE_HOLDING_VERBS = frozenset("have hold obtain get receive grant issue renew".split())
# What is inspected after a disaster, to learn its cause: "inspected the site", "the wreckage".
AFTERMATH_PLACES = frozenset("site scene area wreckage rubble debris ruin ruins damage".split())
# What caused the event a report is about, told or ruled out: an event keyed by this, its subject
# the cause ("circuit: electrical short").
CAUSE = "cause"
# A sentence that may tell a cause or rule one out.
# (and the keys of the acts it reads as: "rule|circuit")
CAUSE_TALK = re.compile(
    r"caus|trigger|spark|start|blam|rul(?:e[sd]?|ing) out|rule\||role|evidence|link|connection|source"
    r"|\btrac(?:e[sd]?|ing)\b",
    re.I,
)
# What says a cause is ruled out by an inquiry, not a plan refused ("ruled out new taxes"): "the
# technical inspection ruled out a short circuit", "investigators found no evidence of sabotage".
INVESTIGATION_TALK = re.compile(
    r"\b(?:inspect|investigat|inquir|forensic|expert|engineer|technical|laborator|test|analys|autops|probe|"
    r"caus|finding|report)",
    re.I,
)
# Events told in other words, as one (beside `TOPICS`): "the leak" and "the rupture".
EVENT_KINDS = {"rupture": "leak", "spill": "leak", "blackout": "outage", "disruption": "outage",
               "capsizing": "shipwreck", "flooding": "flood"}
# Events of no kind said, which may be any: "the incident", "the tragedy".
GENERIC_EVENTS = frozenset("accident incident disaster tragedy failure".split())
# Who acts, which no cause is: "the police played no role", "blamed the stampede on the police".
ACTOR_NOUNS = frozenset(
    "police government authority company operator management organiser organizer ministry council".split()
)
# Verbs that say what brought an event about: "was caused by", "triggered the sinkhole".
CAUSING_VERBS = frozenset("cause trigger spark start".split())
# Events whose cause the reports dispute (not damage or deaths, which an event causes).
CAUSED_EVENTS = frozenset(
    """fire blaze explosion blast collapse crash derailment leak spill outage blackout sinkhole
    capsizing sinking accident rupture failure riot stampede disruption contamination poisoning
    flood flooding landslide incident disaster tragedy outbreak""".split()
)
# Firms whose workers a company's cuts reach, whose jobs are not its own: "at suppliers".
OTHER_FIRMS = frozenset("supplier subcontractor contractor partner customer dealer".split())
# How a share of voters voted, or when, which says it is no turnout: "cast ballots for the
# ruling party", "cast blank ballots", "came out in favour", "voted early or by post".
HOW_VOTES_WENT = frozenset(
    "for against favour favor blank spoiled invalid null early post postal advance".split()
)
# A day that is not the event's: "on a normal day, the company operated 300 buses" (as are
# `HABITUAL_WORDS`: "normally").
USUAL_DAY = re.compile(
    r"\b(?:normal|usual|ordinary|typical|regular) (?:day|week)|\bbefore the (?:strike|stoppage|walkout)\b",
    re.I,
)
# People counted where they live, whose state a register records: "registered 12,000 displaced
# people" (not "5,000 displaced voters": a register of voters).
RESIDENT_NOUNS = frozenset("people person resident villager inhabitant citizen family household".split())
# Measures keyed by whose they are, as a company's are: a party's share of a vote and its seats,
# a rate's or a change's subject ("inflation|food").
MEASURES_OF_WHOM = frozenset(["change", "inflation", "unemployment", "vote_share", "seats"])

# Nouns that name people by what they do at an event; the verb, when it counts something
# else ("31 protesters were arrested"), wins.
PARTICIPANT_NOUNS = frozenset(
    ["marcher", "protester", "protestor", "demonstrator", "participant", "attendee", "striker"]
)
# Counts that belong to one day: two days' strikes or marches are two events (and two days'
# people in shelters two counts), so two named days must be the same day (other counts allow a
# day either way: row.EVENT_WINDOW_DAYS).
DAY_MEASURES = frozenset(["participants", "without_power", "sheltered"])
# ... and what makes such a count a total over several days: "over the two strike days, more
# than 20,000 joined pickets" is no one day's turnout.
OVER_DAYS = re.compile(
    r"\b(?:over|across|during|on) (?:the (?:two|three|four|five|six|seven|\d+)|both|all (?:the )?"
    r"(?:two|three|four|five|six|seven|\d+)) (?:[a-z-]+ )?days\b",
    re.I,
)
# ... but "13,000 nurses were on strike on both days" is on each of them, unless told as a total
# ("in all", "altogether", "combined").
ON_EACH_DAY = re.compile(r"\bon both (?:[a-z-]+ )?days\b", re.I)
TOTAL_WORDS = re.compile(r"\b(?:in all|altogether|in total|a total of|combined|all told)\b", re.I)
# ... and counts of craft seen, each day's its own: "detected 71 aircraft" on Monday, 59 on
# Tuesday (SIGHTED_CRAFT).
# Counts of those not yet found, which fall as people are: "two workers remain trapped".
RESIDUAL_MEASURES = frozenset(["trapped", "missing", "held"])
# What people in a state a preposition names are counted as: "40,000 workers were on strike";
# "seven remain in captivity" are those still held, fewer as captives are freed (not the 18
# taken).
STATE_MEASURES = {
    ("on", "strike"): "participants",
    ("on", "walkout"): "participants",
    ("in", "captivity"): "held",
}
# Whose hands the held are in: "two students are still in the hands of the assailants".
CAPTOR_NOUNS = frozenset(
    "kidnapper abductor captor assailant gunman bandit militant attacker insurgent rebel terrorist jihadist "
    "pirate group criminal".split()
)
# Where people stay away from, when a strike is counted by who did not come: "4,800 employees
# did not come to work", "did not report for duty", "stayed away from their jobs".
WORK_NOUNS = frozenset(["work", "duty", "job", "shift", "post", "workplace"])
ARRIVAL_VERBS = frozenset(["come", "turn", "show", "report", "go", "return"])
# People who cross a border are counted as the people fleeing are: "9,800 people had crossed
# the border", "41,000 have entered the country".
BORDER_VERBS = frozenset(["cross", "enter"])
BORDER_NOUNS = frozenset(["border", "frontier", "country"])
# A force that crosses into another's land: "penetrated into the territory of Mauritania",
# "never set foot on its soil", "did not pursue the enemy inside the territory of Chad"
# (extract._into_territory).
INCURSION_VERBS = frozenset("cross enter penetrate infiltrate violate leave pursue advance".split())
TERRITORY_NOUNS = frozenset(["territory", "soil", "airspace"])

CURRENCIES = frozenset(
    [
        "euro",
        "dollar",
        "pound",
        "crown",
        "yen",
        "yuan",
        "rouble",
        "ruble",
        "rupee",
        "franc",
        "krona",
        "krone",
        "zloty",
        "lira",
        "hryvnia",
        "peso",
        "real",
        "rand",
        "shekel",
        "taka",
        "naira",
        "shilling",
        # (not "sol", "som", "leone", "guarani", "afghani": words or names of another kind)
        *"""birr cedi kwacha dinar dirham riyal rial lek leu lev lempira quetzal kyat kip riel dong
        ringgit baht rupiah manat tenge lari denar forint koruna dalasi ariary metical kwanza pula
        ouguiya""".split(),
        # (plurals of their own: "1.5 million meticais", "200 reais")
        "meticais",
        "reais",
        "usd",
        "eur",
        "gbp",
        "$",
        "€",
        "£",
    ]
)

# Currency signs and codes written before an amount: "$5 million", "Tk 25,000", "Rs 500".
PREFIX_CURRENCIES = frozenset(["$", "€", "£", "¥", "₹", "₦", "tk", "rs", "ksh", "us$", "inr", "pkr", "bdt"])

# Words "fire" goes with when it means shooting: "opened fire", "an exchange of fire".
GUNFIRE_HEADS = frozenset(["open", "return", "exchange", "cease", "hold", "come", "draw"])
# Kinds of event, so a flood toll never meets an earthquake toll.
TOPICS = {
    "earthquake": "earthquake",
    "quake": "earthquake",
    "aftershock": "earthquake",
    "tremor": "earthquake",
    "flood": "flood",
    "flooding": "flood",
    "floodwater": "flood",
    "fire": "fire",
    "wildfire": "fire",
    "blaze": "fire",
    "storm": "storm",
    "hurricane": "storm",
    "typhoon": "storm",
    "tornado": "storm",
    "cyclone": "storm",
    "landslide": "landslide",
    "mudslide": "landslide",
    "landslip": "landslide",
    "ferry": "shipwreck",
    "capsize": "shipwreck",
    "capsizing": "shipwreck",  # (the model's lemma of the noun: "Saturday's capsizing")
    "shipwreck": "shipwreck",
    "sinking": "shipwreck",
    "crash": "crash",
    "derailment": "crash",
    "explosion": "explosion",
    "blast": "explosion",
    "war": "war",
    "invasion": "war",
    "offensive": "war",
    "fighting": "war",
    "march": "protest",
    "protest": "protest",
    "rally": "protest",
    "demonstration": "protest",
    "marcher": "protest",
    "protester": "protest",
    "blockade": "blockade",
    "strike": "strike",  # a military one is war too (extract._topics)
    "walkout": "strike",
    "airstrike": "war",
    # (not "cyberattack", nor a heart attack: NOT_ASSAULTS; an attack may be a war's, a
    # blast or a fire: detect._kinds)
    "attack": "attack",
    "assault": "attack",
    "ambush": "attack",
    "shelling": "war",
    "bombardment": "war",
    "match": "sport",
    "final": "sport",
    "championship": "sport",
    "stadium": "sport",
    "celebration": "sport",
}
# A protest put at a figure is its crowd: "police put the march at 24,000" (the marchers and
# protesters are counted by name: NOUN_MEASURES).
PROTEST_EVENTS = frozenset(w for w, topic in TOPICS.items() if topic == "protest") - NOUN_MEASURES.keys()
# Words of a story of people abducted: its missing are those taken ("87 students were
# missing" after gunmen stormed a school), unless it is also a disaster's.
ABDUCTION_WORDS = frozenset("abduct abduction kidnap kidnapping kidnapper abductor".split())
# ... and words that tell of people seized, though no one says "kidnapped": hostages (not "took
# two guards hostage", "held hostage by the union"), a ransom where no one hacked anything (not
# ransomware's)
HOSTAGES = "hostages"
RANSOM = "ransom"
HACKING_WORDS = frozenset("ransomware hacker hack hacking cyberattack cyber malware encrypt".split())
# What an earthquake or a flood does to a place it is said not to have done: "the village was
# not affected", "was not hit".
STRIKING_VERBS = frozenset("affect hit strike touch".split())
DISASTER_TOPICS = frozenset(
    ["earthquake", "flood", "fire", "storm", "shipwreck", "crash", "explosion", "landslide"]
)
# ... and words of a disaster no topic names: "the boat sank", "a landslide buried the camp".
DISASTER_WORDS = frozenset("sink capsize landslide mudslide collapse avalanche drown".split())
# Kinds of event that strike a whole province at once: its districts count their own dead
# (not when the reports also tell of an attack: a strike on a city district is its event).
WIDE_AREA_TOPICS = frozenset(["earthquake", "flood", "storm", "landslide"])
ONE_SITE_TOPICS = frozenset(["attack", "war", "strike", "explosion"])
# A count a sentence keeps to one district ("in Buner district 66 deaths", "In Lakhimpur,
# the worst-hit district", "in the district of Swat", "the district breakdown")...
_DISTRICT = r"(?:district|county|tehsil|upazila|regency|woreda)"
_NAME = r"(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2}"
DISTRICT_SCOPE = re.compile(
    rf"\b(?:in|of|for) (?:the )?(?:worst[- ]hit )?{_NAME} {_DISTRICT}\b"
    rf"|\b(?:in|of) the {_DISTRICT} of {_NAME}"
    rf"|\bworst[- ]hit {_DISTRICT}\b"
    # "the Jagatsinghpur district administration confirmed four deaths": its own district's
    rf"|\b(?:{_NAME}|the) {_DISTRICT} (?:administration|authorities|officials|collector|commissioner)\b"
    # ("six people have died in the district": the district the report is about)
    rf"|\bin the {_DISTRICT}\b(?! of)"
    rf"|\b{_DISTRICT}(?:-wise|['’]s)? (?:breakdown|tally|toll|count)\b",
    re.I,
)
# A body of unions by its name: a kind of body and whose ("Dong Nai Federation of Labour", "the
# Congress of Trade Unions"; not "the World Trade Center", "the Federation of Kenya Employers").
LABOUR_BODY_KINDS = frozenset(["federation", "confederation", "congress", "unions", "centre", "center"])
LABOUR_WORDS = frozenset(["labour", "labor", "workers", "workers'", "employees'", "unions"])
# ... and how such a body named short ends: "Nai Federation", "Central Organisation".
LABOUR_BODY_SHORT_ENDINGS = LABOUR_BODY_KINDS | {"organisation", "organization"}
# People of no kind: "3,100 people in shelters" counts all there (not "1,500 children").
ANYONE_NOUNS = frozenset(["people", "person", "resident", "individual", "citizen"])
# What makes "none" leave some out: "there was no one who was injured apart from the driver".
EXCEPTING = re.compile(r"\b(?:except|besides|excluding|apart from|other than)\b", re.I)
# Where people stay who left their homes, and how they are there: "3,100 people are staying in
# 48 temporary shelters" (`extract._in_shelters`).
SHELTER_NOUNS = frozenset(["shelter", "refuge"])
SHELTERED_VERBS = frozenset("stay sleep live remain be shelter house accommodate lodge put".split())
# Where people live that a story may be about as a place: "there is no outbreak in the camp".
SETTLEMENT_NOUNS = frozenset(["camp", "settlement"])
# The places people live in that a fire or a flood reaches: "no village or community was reached".
COMMUNITY_WORDS = frozenset("village community hamlet settlement locality neighbourhood neighborhood".split())
# ... and towns: a place a disaster may be said to have spared ("the village was not affected"), and
# one of "other isolated villages".
COMMUNITIES = COMMUNITY_WORDS | frozenset(["town"])
# Whether a disaster struck a named village or town or spared it: one question, however told
# ("Baira was not affected", "the village of Baira had been swept away": extract._places_struck).
STRUCK_VERB, STRUCK_OBJ = "struck", "community"
STRUCK_KEY = f"{STRUCK_VERB}|{STRUCK_OBJ}"
# Sites within a town a report may open on ("from the Plaza de las Banderas"): the town its
# report names is where a count without a place of its own was made.
TOWN_SITE_WORDS = frozenset(
    "plaza square street avenue boulevard road park stadium market roundabout bridge".split()
    # (squares as their towns call them: "Piața Victoriei", "Piazza Navona", "Plac Zamkowy")
    + "piata piazza platz praca plac namesti meydani".split()
)
# Kinds of area other places lie in ("Caylloma province", "the Colca valley"), and of the places
# in one ("the hamlet of Quillcapampa").
AREA_KINDS = frozenset("valley province region state county district department governorate oblast".split())
SMALL_PLACE_KINDS = frozenset("hamlet village town settlement community locality".split())
# The words of a place's name that say what kind of place it is ("Swat district" is Swat).
PLACE_KIND_WORDS = frozenset(
    "district county tehsil upazila regency woreda province state region city town village valley"
    " governorate municipality prefecture commune".split()
)
# ... and a count a sentence says is of the whole province, state or country ("in the
# province", "across the state", "nationwide", "in 14 districts", "the provincial toll"); not
# a speaker's title ("state media", "the National Disaster Management Authority").
WIDER_AREA = re.compile(
    r"\b(?:in|across|throughout|over|all over) (?:the )?(?:whole |entire )?"
    r"(?:province|state|country|division)\b(?!['’]s)"
    # ("1.2 million marooned across Sylhet division": a division is a province of Bangladesh)
    r"|\b(?:across|throughout) (?:the )?(?-i:[A-Z][\w'’-]+) (?:province|state|division|region)\b"
    r"|\b(?:province|state|country|nation)[- ]?wide\b"
    r"|\b(?:in|across) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|all|most) "
    r"(?:of the )?(?:affected )?(?:districts|provinces|counties)\b"
    r"|\b(?:provincial|statewide|national|overall) (?:death )?(?:toll|tally|total|count)\b",
    re.I,
)
# Bodies that count over a province, a state or a country: "the provincial government put the
# death toll at 131" is the province's toll, not a district's.
WIDE_AREA_BODY = re.compile(
    r"\b(?:provincial|state|national|federal|central) "
    r"(?:government|authorit(?:y|ies)|disaster|relief|emergency)",
    re.I,
)
# Bodies of a state, a province or a district, who count their own area: "the state disaster
# authority", "the provincial health department" (not "state media", which speaks for a country).
LOCAL_BODY = re.compile(
    r"\b(state|provincial|regional|district|county) "
    r"(?:government|authorit(?:y|ies)|disaster|relief|emergency|health|officials?|administration)",
    re.I,
)
# A count over a whole country: "96 deaths across the country", "the national toll".
COUNTRY_WIDE = re.compile(r"\b(?:country|nation|national|nationwide|nationally)\b", re.I)
# What an "attack" is not an assault of: "a heart attack", "a panic attack".
NOT_ASSAULTS = frozenset(["heart", "panic", "asthma", "shark", "ransomware", "cyber", "phishing"])
# What makes a strike military: "a drone strike", "an air strike", "strikes on Kharkiv".
MILITARY_STRIKE_WORDS = frozenset(
    """air drone missile rocket artillery aerial military israeli russian ukrainian
    precision retaliatory""".split()
)

# Verbs whose "rise to N" form reports a running total.
TALLY_VERBS = frozenset(
    ["rise", "climb", "increase", "reach", "grow", "jump", "mount", "soar", "swell", "hit",
     # "raising the toll to four", "pushing it to 30" (not "taken to hospital")
     "raise", "push", "lift",
     # translated: "the figure ascends to 27 deceased" (asciende a)
     "ascend"]
)
# A toll said to have grown from an earlier one: "15 killed, up from 12 announced earlier".
RISEN_FROM = re.compile(r"\bup from\b|\b(?:rose|risen|climbed|increased) from\b", re.IGNORECASE)
# Verbs of a beginning: "since the war began" counts from its start (a running total).
ONSET_VERBS = frozenset(["begin", "start", "break", "erupt", "escalate", "launch"])
# What a vessel, a hall or a camp may hold: "licensed to carry 350", "can accommodate 400".
HOLDING_VERBS = frozenset(["carry", "hold", "accommodate", "seat", "take", "transport", "house"])
PERMITTING_WORDS = frozenset(["license", "licence", "licensed", "allow", "permit", "authorise",
                              "authorize", "design", "certify", "able", "rate"])
# What a place was made to take: "designed for about 500 detainees", "built for 300 pupils".
BUILT_FOR_VERBS = frozenset(["design", "build", "intend", "mean", "plan"])
# A family's members: "whose brother and two nephews were killed" counts one family's dead.
KIN_NOUNS = frozenset(
    """brother sister son daughter nephew niece cousin father mother wife husband grandson
    granddaughter grandchild relative uncle aunt""".split()
)
# People who speak for themselves, never for a state, whatever country their words name:
# "relatives of inmates at Ecuador's largest prison", "Syrian villagers".
PRIVATE_VOICES = KIN_NOUNS | frozenset(
    "family resident villager survivor witness eyewitness neighbour neighbor passenger".split()
)
# Conflicts whose whole toll a clause about them tells: "an insurgency that has killed 40,000".
LONG_CONFLICT_NOUNS = frozenset(
    "war insurgency conflict violence crisis epidemic pandemic occupation uprising".split()
)
# One name for one thing that happens: "there were flames" and "there was no fire" meet.
THING_CANON = {"flame": "fire", "blaze": "fire", "blast": "explosion", "shop": "store", "outlet": "store",
               "house": "home", "dwelling": "home", "vessel": "ship",
               # (a dam's: "opened its spillway gates", "did not operate its spillway")
               "spillway gate": "spillway", "floodgate": "spillway", "sluice gate": "spillway",
               "tear gas": "gas",  # the parser reads "tear" as an adjective or a noun
               # what gas is fired in: "fired tear gas canisters" fired tear gas
               **{f"{tear}gas {shell}": "gas" for tear in ("", "tear ")
                  for shell in ("canister", "grenade", "shell", "cartridge", "bomb")},
               "bank branch": "branch",  # ("1,150 of the country's 1,480 bank branches" and "390 branches")
               # what was sent and what was never received: "sent a letter to the mine director",
               # "never received any written warning", "no notice was issued"
               "letter": "warning", "notice": "warning", "notification": "warning",
               # ("no boil-water advisory had been issued", "issued a boil-water notice")
               "advisory": "warning"}
# Live rounds told by the wounds they left ("admitted with gunshot wounds"), unless the
# sentence tells the firing itself.
GUNSHOT_WOUNDS = re.compile(r"\b(?:gunshot|bullet) wounds?\b", re.I)
FIRING_TOLD = re.compile(r"\b(?:fired|firing|opened fire|shot at|used)\b", re.I)
# ... and wounds of a shooting by others, or of another year: "treated for gunshot wounds after
# an armed robbery", "during protests in 2017".
OTHER_SHOOTING = re.compile(
    r"\b(?:robbery|robber|robbers|gunm[ae]n|bandits?|armed|pistol|hunting|accident(?:al|ally)?|(?:19|20)\d\d)\b"
    r"|\b(?:protesters?|demonstrators?|rioters?) (?:fired|shot)\b",
    re.I,
)
# Counts a report gives town by town, of which one town's never meets another's: arrests.
TOWN_BY_TOWN_MEASURES = frozenset(["detained"])
# Severance a company offers, in months of pay or as a multiple of the legal minimum
# (extract._severance): "severance of six months' pay", "twice the legal severance".
SEVERANCE_WORDS = frozenset(["severance", "redundancy"])
SEVERANCE_TALK = re.compile(r"\bseverance\b|\bredundancy (?:pay|payments?|package)\b", re.I)
SEVERANCE_MONTHS = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four) "
    r"months?'?s?'? (?:of )?(?:pay|salary|wages?)\b",
    re.I,
)
MULTIPLE_WORDS = {
    "twice": 2.0, "double": 2.0, "two times": 2.0, "three times": 3.0, "triple": 3.0, "treble": 3.0
}
SEVERANCE_MULTIPLE = re.compile(
    rf"\b({'|'.join(MULTIPLE_WORDS)})\b(?: the)?"
    r"(?: (?:legal|statutory|lawful)\b[^.,;]{0,30}| severance\b)",
    re.I,
)
SEVERANCE_BY_LAW = re.compile(
    r"\b(?:legal|statutory) minimum\b|\brequired by (?:the )?law\b|\b(?:legal|statutory) severance\b", re.I
)
# Guns whose use is live fire: "no firearm was used by the police" fired no live rounds.
FIREARMS = frozenset(["firearm", "rifle", "pistol", "handgun", "assault rifle"])
# What a crowd weapon is fired in: "canisters of tear gas", "rounds of rubber bullets".
CANISTER_NOUNS = frozenset("canister cartridge shell round grenade volley salvo".split())
# How many at once a thing is fired, which a count names before what was fired: "fired volleys
# of tear gas canisters" fired tear gas.
SALVO_NOUNS = frozenset("volley salvo barrage burst hail".split())
# What is fired from a gun, one thing whatever it is called: "live rounds", "live bullets"
# and "live ammunition" (and "live fire"), unless what makes them less lethal is named.
LIVE_ROUNDS = frozenset(["round", "bullet", "ammunition", "live round", "live bullet", "live ammunition"])
# Words for means of any kind, which name the ones meant by example: "special means,
# including tear gas".
MEANS_OF_ANY_KIND = frozenset("mean munition equipment device tool".split())
# What police fire at a crowd, by the head of its name ("tear gas", "rubber bullets", "water
# cannon", "stun grenades", "pepper spray", "live rounds").
CROWD_WEAPONS = frozenset(["gas", "bullet", "cannon", "grenade", "spray", "round", "ammunition", "pellet"])
# What a person hurt by one says was used against a crowd (not a bullet whoever fired it).
CROWD_WEAPON_THINGS = frozenset(
    ["gas", "rubber bullet", "plastic bullet", "water cannon", "stun grenade", "pepper spray", "pellet"]
)
# What a person is hurt by ("hit by tear gas") and what a wound is like ("injuries consistent
# with rubber bullets", "a wound caused by a rubber bullet").
HURT_BY_VERBS = frozenset(["hit", "strike", "injure", "wound", "hurt", "cause", "blind", "burn"])
WOUND_WORDS = frozenset(["consistent", "injury", "wound", "burn", "inhalation"])
# What a protest's crowd is called when it is counted by the figure it reached: "the crowd never
# exceeded 5,000 people", "the march topped 20,000".
CROWD_NOUNS = frozenset("crowd march rally protest demonstration turnout gathering procession".split())
# Who fires tear gas or rubber bullets at a crowd (extract._fired_at_a_crowd).
CROWD_FORCES = frozenset(
    "police policeman officer troop soldier force security guard army military gendarme gendarmerie".split()
)
LESS_LETHAL_WORDS = frozenset(["rubber", "plastic", "blank", "sponge", "pellet", "beanbag"])
# Nouns of an act a thing is marked for: "45 stores listed for closure" are stores to close.
PURPOSE_ACTS = {"closure": "close", "demolition": "demolish"}
# What a vehicle carries, not what it is: "aid trucks" and "trucks" are counted together.
CARGO_WORDS = frozenset(["aid", "humanitarian", "relief", "supply", "cargo", "commercial"])
# Dated things that are held on a day, so that a past one is another event: "the 2024 election".
HELD_EVENTS = frozenset("election referendum vote poll census games olympics cup summit".split())
# What a conflict does to people when it is the subject: "the war has killed tens of thousands".
TOLL_TAKING_VERBS = frozenset(["kill", "claim", "leave", "displace", "drive", "force", "uproot", "wound"])
# Things a year before them names, not a period counted: "the 2026 budget", "the 2024 election"
# (not "the third-quarter unemployment rate", nor "the 2023-2024 war left 4,000 dead").
DATED_THINGS = frozenset(
    """budget election referendum law reform plan strategy constitution census agreement deal
    treaty accord cup games olympics summit vote poll""".split()
)
# What a side holds or loses, one name for one kind: "took the army base", "the camp remains
# under our control".
HELD_PLACES = {"base": "base", "camp": "base", "post": "base", "position": "base", "outpost": "base",
               "garrison": "base", "village": "village", "settlement": "village", "town": "town",
               "city": "city"}
# A group's patron is not the group: "the Rwanda-backed group", "Iran-backed rebels".
PATRON_WORDS = frozenset(["backed", "supported", "sponsored", "funded", "armed", "aligned", "allied"])
# People made to leave their homes are displaced: "forced 41,000 people to flee".
DRIVE_OUT_VERBS = frozenset(["force", "drive", "push", "uproot"])
FLEE_VERBS = frozenset(["flee", "leave", "abandon", "evacuate"])
# Who had to leave their homes, or were told to: "1,200 people had to leave their homes",
# "residents were asked to leave their homes".
SENT_AWAY_VERBS = frozenset(["have", "ask", "order", "tell", "urge", "force"])
# A place taken said in other words: "Sange has not fallen", "completed the liberation of
# Konstantinovka" (extract._places_taken_in_other_words).
TAKEN_WORDS = re.compile(
    r"\bf[ae]ll|liberation|capture of|seizure of|fall of|\btaken\b|\b(?:re)?captured\b|\bseized\b"
    r"|\bliberated\b|\boccupied\b|\boverrun\b",
    re.IGNORECASE,
)
TAKING_NOUNS = frozenset(["liberation", "capture", "seizure", "fall"])
TAKING_DONE_VERBS = frozenset(["complete", "finish", "announce", "confirm", "claim", "achieve"])
# What a count runs from when it is a long run's: "since the war began", "since the truce".
LONG_ONSET_NOUNS = frozenset(["war", "truce", "ceasefire", "invasion", "occupation", "coup", "independence"])
CUMULATIVE_MARKERS = (
    "so far",
    "to date",
    "in total",
    "in all",
    "since the start",
    "since the beginning",
    "since the outbreak",
    "since the invasion",
    "cumulative",
    "overall",
    "toll",
    "total of",
    "has risen",
    "have risen",
    "had risen",
    "rose to",
    "risen to",
    "climbed to",
    "reached",
)
REVISION_MARKERS = ("revise", "revised", "revising", "corrected", "correction", "restated")
# ... and the words by which a side's lower figure says it revises its own (detect.compare).
# A count told as the other's disputed: "only 100 remain, disputing the Israeli figure" (not
# "the disputed region"); "at least 25 remained missing, and accused the navy of leaving out
# passengers".
SAYS_DISPUTED = re.compile(
    r"\b(?:disput(?:ing|es|ed) (?:the|that|this|these|those|its|their|his|her)|contradict\w*|contrary to"
    r"|undercount\w*|overstat\w*|exaggerat\w*|of (?:leaving|having left) out)\b",
    re.I,
)
# ... or kept against another's: "stood by its count of 38 dead", "stuck to its figure of 86".
SAYS_KEPT = re.compile(
    r"\bst(?:ood|ands?|anding|uck|icks?|icking) (?:by|to) (?:its|their|his|her) (?:own |initial |original )?"
    r"(?:count|figure|tally|toll|estimate)s?\b",
    re.I,
)
# None "in the camp": of the one camp a report is about (`extract._the_settlement`), which a
# count over a state or a country does not gainsay, though a count among its residents does.
IN_THE_CAMP = re.compile(r"\bin (?:the|this) (?:camp|settlement)\b", re.I)
CAMP_WORDS = re.compile(r"\b(?:camp|settlement)s?\b", re.I)
# A count told beside the other's, given before it: "34 dead, several hours after federal
# authorities gave a toll of 23" (two counts of one moment, not one grown).
# (hours apart, and not an initial toll since grown: "two days after the ministry gave an initial
# toll of 23")
SAYS_AFTER_OTHERS = re.compile(
    r"\b(?:hours|minutes) after (?:the )?(?:[a-z]+ ){0,3}(?:gave|put|reported|announced|released)"
    r" (?:a|an|its|their|the) (?!initial|first|earlier|preliminary|provisional)(?:[a-z]+ )?(?:death )?"
    r"(?:toll|figure|count|tally) of\b",
    re.I,
)
# A count told as above another's: "far more than the figures released by authorities", "well
# above the government's official count", "a higher figure than those given by police".
SAYS_ABOVE_OTHERS = re.compile(
    r"\bhigher (?:figures?|counts?|toll) than\b|\b(?:(?:more|higher|greater) than|above)\s+"
    r"(?:the |those |that |its )?(?:[a-z'’]+ ){0,3}?"
    r"(?:figures?|counts?|toll|tally|official|admitted|acknowledged)\b"
    r"(?![^.]{0,40}\b(?:(?:last|previous|earlier) (?:year|month|week)|in (?:19|20)\d\d))",
    re.I,
)
# ... or as a multiple of another's: "16 still missing, almost double the figure given by the
# maritime authorities" (said of the count the sentence gives, not of the one it cites: "that is
# three times the figure announced by the ministry, which raised its toll to 14").
SAYS_A_MULTIPLE_OF_OTHERS = re.compile(
    r"\d[\d,.]*\b[^.;]*?\b(?:double|twice|triple|treble|(?:three|four|five|several) times) "
    r"(?:the|that|those|its|their) (?:[a-z'’]+ ){0,2}?(?:figures?|counts?|numbers?|toll|tally) "
    r"(?:given|released|reported|put|announced) by\b",
    re.I,
)
# ... or told in place of another's: "47 workers were seized, not 41 as officials have said".
SAYS_NOT_AS_OTHERS = re.compile(
    r"\bnot (?:the )?(?P<figure>[\d,.]+|[a-z]+(?:-[a-z]+)?)(?: [a-z]+)? as "  # ("not fourteen as")
    r"(?:the |its |their )?(?:[a-z'’]+ ){0,3}?"
    r"(?:(?:had|have|has) )?(?:said|say|says|claimed|claims|announced|reported|stated|put it)\b",
    re.I,
)
# ... or set aside bare, at the end of its clause: "23 of our sons were taken, not seventeen",
# "the real number of dead is 11, not eight".
SAYS_NOT_THAT = re.compile(r", not (?P<figure>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)(?=[,.;:!?\"”’]|$)", re.I)
# A count its teller closes: "the final death toll", "the final count" (another's higher count
# later is no growth past it).
# (put at a figure: not "warned the final toll could rise", "was not yet known", "not a final toll")
FINAL_COUNT = re.compile(
    r"(?<!not a )(?<!not the )\bfinal (?:death )?(?:toll|count|tally|figure) (?:at|of|stood|stands|is|was)\b"
    r"(?! not\b| yet\b| unknown\b)",
    re.I,
)
SAYS_REVISED = re.compile(r"\b(?:revis\w*|correct\w*|lowered|down from|reduced|restat\w*)\b", re.I)

# Nouns naming a role: the side is the organisation the role belongs to.
ROLE_NOUNS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "administrator",  # (a company's: "the administrator Rui Magalhães")
        "head",
        "chief",
        "official",
        "representative",
        "adviser",
        "advisor",
        "minister",
        "secretary",
        "officer",
        "envoy",
        "ambassador",
        "aide",
        "member",
        "leader",
        "commander",
        "chairman",
        "chairwoman",
        "chair",
        "executive",
        "ceo",
        "deputy",
        "staff",
        "employee",
        "analyst",
        "source",
        "coordinator",
        "organiser",
        "organizer",
    ]
)
# A role's department, not the body it speaks for: "the police public relations officer",
# "the army's press officer", "the ministry's information officer".
ROLE_DEPARTMENTS = frozenset(["public", "relations", "press", "information", "media", "communications"])
# Words of rank or office written before a name ("Major General Igor Konashenkov").
TITLE_WORDS = frozenset(
    [
        "major",
        "general",
        "colonel",
        "lieutenant",
        "lt",
        "col",
        "gen",
        "captain",
        "sergeant",
        "admiral",
        "marshal",
        "commander",
        "president",
        "prime",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "senator",
        "governor",
        "mayor",
        "chancellor",
        "judge",
        "spokesman",
        "spokeswoman",
        "secretary",
        "deputy",
        "foreign",
        "defence",
        "defense",
        "interior",
    ]
)
# Nouns that refer back to the organisation an article is about.
# Bodies of civil society that carry a country's name but do not speak for its state: "the
# Sudan Doctors Network", "the Syrian Observatory for Human Rights", "the Ukrainian Red Cross".
# (Not "federation", "coalition", "party", "institute", "chamber": "the Russian Federation", "the
# Saudi-led coalition", a ruling party, state institutes and legislatures speak for the state.)
CIVIL_BODY_NOUNS = frozenset(
    """network observatory cross crescent union syndicate association league foundation watch
    society movement""".split()
)
# Words by which a speaker named with a country is not its state: "Bangladesh's main opposition
# party", "Chile's National Human Rights Institute", "Cameroonian separatists", "Thai Airways",
# "Spanish NGO Caminando Fronteras", "a Haitian rights group".
NON_STATE_WORDS = frozenset(
    """opposition party rights ombudsman separatist separatists rebel rebels church ngo institute
    airline airlines airways shipping carrier teamsters confederation activist activists
    parliamentary""".split()
)
GENERIC_ORG_NOUNS = frozenset(
    [
        "company",
        "chain",
        "firm",
        "carmaker",
        "automaker",
        "group",
        "bank",
        "airline",
        "retailer",
        "manufacturer",
        "maker",
        "business",
        "corporation",
        "operator",
        "producer",
        "insurer",
        "lender",
        "conglomerate",
        "supplier",
    ]
)
# Makers of things, as a company is named by what it makes ("chipmaker", not "lawmaker").
MAKER_NOUNS = frozenset(
    "chipmaker steelmaker drugmaker planemaker shipmaker toolmaker carmaker automaker".split()
)
ANONYMOUS_MARKERS = (
    "familiar with",
    "anonymity",
    "anonymous",
    "not authorised",
    "not authorized",
    "declined to be named",
    "asked not to be named",
)

# Vague quantities: interval of what they can mean.
VAGUE_QUANTITIES = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
}

# Verbs whose negation withholds information rather than denying an act.
COMMUNICATION_VERBS = frozenset(
    [
        "disclose",
        "reveal",
        "say",
        "comment",
        "confirm",
        "give",
        "release",
        "specify",
        "provide",
        "publish",
        "elaborate",
        "identify",
        "name",
        "respond",
        "answer",
        "report",
        "announce",
        "know",
        "mention",
        "cite",
    ]
)
# Objects that make an act claim meaningless as a fact: "has no basis", "had no comment".
NON_ACT_OBJECTS = frozenset(
    ["basis", "comment", "detail", "information", "number", "figure", "truth", "evidence", "idea"]
)
# Words after "taken", "captured" that make it no capture of a place: "taken aback", "taken
# out", "taken ill"; what a thing "captured on camera" is captured by.
NOT_TAKEN_PARTICLES = frozenset("aback out off ill apart seriously".split())
RECORDING_MEDIA = frozenset("camera footage video film photo photograph picture tape cctv image".split())
# Verbs of remembering: "will never forget the sacrifices of our martyrs" says nothing of
# whether anyone died (not "abandon" nor "honour": "had not abandoned their positions", "has
# not honoured the ceasefire" are claims).
REMEMBRANCE_VERBS = frozenset("forget remember mourn commemorate".split())
# Cuts of one manner: "no compulsory redundancies" leaves cuts by attrition, so it denies none.
CUT_MANNERS = frozenset("compulsory forced involuntary mandatory enforced".split())
# Verbs that say nothing about what is counted: "includes 17 command posts".
LIGHT_VERBS = frozenset(["be", "have", "include", "comprise", "contain", "total", "number"])
# Acts a participle before a counted thing says were done to it: "140 destroyed homes".
DONE_TO_PARTICIPLES = frozenset(["destroy", "damage", "flatten", "cancel", "close", "loot", "flood"])

# One name for who acts, when a force is named by its members: "officers fired" is the police.
AGENT_NAMES = {
    "officer": "police",
    "police officer": "police",
    "policeman": "police",
    "riot police": "police",
    "soldier": "troop",
    "army": "troop",
}
# Units of mass, in kilograms: what leaked or spilled is compared in one unit.
MASS_UNITS = {"tonne": 1000.0, "ton": 1000.0, "kg": 1.0, "kilogram": 1.0, "kilo": 1.0, "gram": 0.001}
# Units of radioactivity, in becquerels: what a reactor released ("a release of 0.8 gigabecquerels").
ACTIVITY_UNITS = {
    "becquerel": 1.0,
    "kilobecquerel": 1e3,
    "megabecquerel": 1e6,
    "gigabecquerel": 1e9,
    "terabecquerel": 1e12,
    "petabecquerel": 1e15,
}
# Words that tell a sentence's mass is of something that escaped: "2.5 tonnes escaped",
# "a limited release ... amounted to less than 200 kg".
LEAK_WORDS = frozenset(["leak", "leakage", "spill", "escape", "release", "discharge", "seep", "enter", "flow",
                        "pour", "dump", "lose"])
# Who is counted in a blackout, and how one is told: "left 210,000 customers without
# electricity", "410,000 customers had lost power", "38,000 homes remain without supply".
POWER_USERS = frozenset(["customer", "home", "household", "consumer", "subscriber", "user", "resident",
                         "people", "person", "connection"])
# Who a service has, as against people anywhere: "customers were cut off" lost the service.
SERVICE_USERS = frozenset(["customer", "subscriber", "user", "consumer", "connection"])
POWER_CUT = re.compile(
    r"\bwithout (?:electric\w*|power|electricity|service|supply|light)|\b(?:lost|lose|losing) "
    r"(?:power|electricity)|\bpower (?:cut|outage)|\bblackout|\boutage",
    re.IGNORECASE,
)
# Who treated the hurt counts those it treated, a part of all the hurt: "the hospital treated
# 19 passengers" is not wrong of "24 injured".
CARE_VERBS = frozenset(["treat", "admit", "hospitalise", "hospitalize"])
# Where the hurt are taken: "ten soldiers were taken to hospital" (not prisoner).
CARE_PLACES = frozenset(["hospital", "clinic", "infirmary"])
# Where those "admitted" are let in, not taken in for care: "30,000 had been admitted into the
# stadium" (those there), "admitted to the country" (no one hurt) ...
VENUES = frozenset(
    "stadium ground grounds venue arena hall park festival concert fair event premises".split()
)
ADMITTING_PLACES = VENUES | frozenset(
    "country territory school university college programme program club".split()
)
# ... unless a word of the place is care's: "the University of Maiduguri Teaching Hospital", "the
# hospital's emergency hall", "a school converted into a cholera treatment centre".
CARE_SITE_WORDS = CARE_PLACES | frozenset("medical treatment ward icu centre center unit health".split())
# Verbs that give a figure for something: "put its figure for the march at 3,000" (not "fined a
# total of 112 for the rally": the reason for the fines).
FIGURE_GIVING_VERBS = frozenset(
    "give put stand keep issue release revise raise lower cite provide offer publish".split()
)
# Words of an armed attack: what "no civilian was affected" is said of.
ATTACK_WORDS = re.compile(r"\b(?:strikes?|struck|attacks?|bomb\w*|shell\w*|raids?|airstrikes?|operations?)\b")
# What befalls the hurt and the beaten: "suffered minor injuries", "suffered no losses".
SUFFER_VERBS = frozenset(["suffer", "sustain"])
STILL_WITHOUT = re.compile(r"\b(?:still|remain\w*|continue\w*|yet to)\b", re.IGNORECASE)
# Verbs that count what the report is counting: "police calculated around 40,000 people".
COUNTING_VERBS = frozenset(["calculate", "count", "tally", "number"])
# Craft a military counts around its borders, and the verbs of that count: "detected 71
# aircraft", "tracked 89", "32 aircraft participated", "involved 38 aircraft" are one count
# of the craft out (`find|aircraft`), each day's its own (DAY_VERB_KEYS).
SIGHTED_CRAFT = frozenset(
    "aircraft plane warplane jet fighter bomber helicopter drone balloon ship vessel warship boat".split()
)
SIGHTING_VERBS = frozenset(
    "find detect track spot monitor observe record register show involve participate".split()
)
# Vehicles a protest or a convoy is counted by, and the verbs of that count: "1,300 tractors
# entered Brussels", "2,800 tractors had come", "3,000 tractors took part" (`cross|tractor`).
CONVOY_VEHICLES = frozenset("tractor truck lorry vehicle car bus taxi motorcycle".split())
# Verbs of meaning to do something: "does not plan to shut the plant" does not shut it.
# Going into a place people may not come out of: "went into that tunnel and did not come out".
ENTERING_VERBS = frozenset("go enter descend".split())
# Things aboard for saving lives, which count no one aboard: "two lifeboats" (and "life jackets").
LIFE_SAVING_GEAR = frozenset(["lifejacket", "lifeboat", "buoy", "raft"])
# What workers call each other: "52 of our colleagues were in that section" (not a count of
# people by itself: "we have lost six brave colleagues" are some of the dead).
WORKMATES = frozenset(["colleague", "workmate"])
PEOPLE_AT_WORK = PERSON_NOUNS | WORKMATES
# A mine and the parts of its workings, where those down it when it struck were.
MINES = frozenset("mine colliery pit shaft".split())
MINE_WORKINGS = MINES | frozenset("section sector tunnel gallery seam panel".split())
TRAPPING_PLACES = frozenset("mine pit shaft tunnel rubble debris wreckage ruins cave".split())
# Words for some of a whole, of which a thing is told: "part of the village", "across much of
# Bulawayo" (extract.PART_WORDS, when_where.PARTS_OF_A_TOWN).
SOME_OF_A_WHOLE = frozenset("part most much half all".split())
# Bodies that take part, counted as bodies, not people: "20 countries joined", "90 schools
# participated in the strike".
TAKING_PART_BODIES = frozenset(
    """country nation state company firm union school university college airline bank
    organisation organization group party club team hospital municipality city""".split()
)
# Owners a thing's name keeps, as they say whose side lost it: "12 of the army's tanks".
SIDE_OWNERS = frozenset(["army", "military", "enemy", "rebel", "police", "militia", "force", "troop"])
# Owners whose things are named without them: "the country's 24 provinces" are provinces.
OWNER_NOUNS = frozenset(
    "company firm group operator carrier airline government country nation state city region province "
    "district municipality ministry authority council union".split()
)
# Parts of a building, named without it: "three of the building's nine floors".
BUILDING_PARTS = frozenset("floor storey story level wall roof wing".split())
# Owners of a role that are places, not bodies with departments: "the island's director of
# civil protection" speaks for civil protection.
PLACE_OWNERS = frozenset("country nation city island capital territory kingdom republic emirate".split())
# Departments that are public bodies of their own: "the government's director of public health".
PUBLIC_SERVICES = frozenset("protection health emergency disaster defence defense police fire".split())
# Help sought that is no care for the hurt, and words that make it care: "sought legal help",
# "sought medical attention".
NOT_CARE_WORDS = frozenset("psychological legal financial mental emotional humanitarian".split())
CARE_WORDS = frozenset(["medical", "hospital", "emergency"])
# What makes a "no cases" a count of none lately, not none at all: "no new cases".
NONE_SINCE_WORDS = frozenset(["new", "active", "more", "further", "additional", "fresh"])
# Words that make a service one kind of it: "no international flights were cancelled".
KIND_OF_SERVICE_WORDS = frozenset(
    "international domestic regional transatlantic intercontinental overseas inbound outbound".split()
)
# Services run to a timetable, and what running them is: "1,300 flights will not take place",
# "120 flights did not leave Riga" count flights cancelled.
SCHEDULED_SERVICES = frozenset("flight train service departure connection sailing".split())
# What runs to a timetable, which an operator "operates" and a union says "ran": one act.
RUNS = SCHEDULED_SERVICES | frozenset("route line bus tram minibus ferry".split())
RUNNING_VERBS = frozenset("run operate leave depart fly sail".split())
# How a service ran, rather than whether: "did not leave on time", "until midday", "at full
# capacity", "as scheduled", "late", "empty".
RAN_OTHERWISE_PREPS = frozenset("until till to at as with from by before after".split())
TIMETABLE_WORDS = frozenset("time schedule timetable".split())
RAN_OTHERWISE_WORDS = frozenset("late early empty full normally punctually properly regularly".split())
CONVOY_VERBS = frozenset("enter come arrive reach join participate converge gather drive roll".split())
# Whose data a breach takes: "the data of 1.2 million customers was stolen" (or accessed)
# counts the customers affected.
DATA_SUBJECTS = frozenset("customer user account subscriber client patient member policyholder".split())
DATA_ACCESS_VERBS = frozenset(["access", "steal"])
# What a count does with what it holds: "deaths not captured in the figures" were left out of
# it, not denied (unlike "no deaths were recorded").
RECORDING_VERBS = COUNTING_VERBS | frozenset(["capture", "record", "register", "include", "reflect", "log"])
# What a recall "covers" it recalls: "the recall covers 98,400 vehicles".
COVER_VERBS = frozenset(["cover", "involve", "concern", "affect", "include", "apply"])
# An outbreak's cases: "312 cholera cases", "1,870 suspected infections".
CASE_NOUNS = frozenset(["case", "infection"])
_DISEASES = (
    "cholera|measles|mpox|monkeypox|dengue|ebola|marburg|covid|coronavirus|malaria|typhoid|"
    "diphtheria|meningitis|polio|hepatitis|anthrax|plague|lassa|influenza|flu|nipah|zika|"
    "chikungunya|yellow fever|rabies|tuberculosis|h5n1|sars|mers|leptospirosis|hantavirus|"
    "rift valley fever|oropouche|pertussis|whooping cough|scarlet fever|shigellosis|"
    "legionnaires'? disease|listeriosis|salmonellosis|norovirus|encephalitis|chickenpox|"
    "ha?emorrhagic fever|cchf|dysentery|typhus|botulism|food poisoning|gastroenteritis|pneumonia"
)
DISEASE = re.compile(rf"\b(?:{_DISEASES}|outbreak|epidemic)\b", re.IGNORECASE)
# Cases told as suspected or as confirmed are two counts ("148 suspected cases", "37 confirmed").
SUSPECTED_WORDS = frozenset(["suspected", "suspect", "probable", "possible"])
CONFIRMED_WORDS = frozenset(["confirmed", "laboratory-confirmed", "lab-confirmed"])
# A disease by name (not "the outbreak of fighting"): an article that names one counts its cases.
NAMED_DISEASE = re.compile(rf"\b(?:{_DISEASES})\b", re.IGNORECASE)
# Counts that fall as an event ends (people go home from shelters): the same side's lower figure
# later is no revision.
DWINDLING_MEASURES = frozenset(["without_power", "trapped", "missing", "held", "sheltered"])
# Units of volume in litres: "260 barrels of crude oil spilled" (a leak's amount, as MASS_UNITS).
VOLUME_UNITS = {"barrel": 159.0, "litre": 1.0, "liter": 1.0, "gallon": 3.785, "m3": 1000.0, "m³": 1000.0}
PER_TIME_UNITS = {"second": "s", "sec": "s", "s": "s", "minute": "min", "hour": "h", "day": "day"}
# Units of length, in metres: sizes are compared in metres, and volumes made of them in litres.
METRES = {"metre": 1.0, "meter": 1.0, "m": 1.0, "kilometre": 1000.0, "kilometer": 1000.0, "km": 1000.0,
          "mile": 1609.3, "foot": 0.3048, "feet": 0.3048, "yard": 0.9144}
# ... and of a length made cubic, in litres: "2.1 million cubic metres of slurry".
CUBIC_UNITS = {
    w: 1000.0 * METRES[w] ** 3 for w in "metre meter m kilometre kilometer km foot feet yard".split()
}
# States said with their opposite: word -> (state, whether it is the opposite).
# One name for what a state is said of: "the ferry was overloaded" and "the launch was not".
STATE_HOLDERS = {
    **dict.fromkeys("ferry boat launch ship vessel trawler dinghy barge canoe".split(), "vessel"),
    **dict.fromkeys(["blaze", "wildfire", "fire", "flame"], "fire"),
    **dict.fromkeys(["leak", "spill", "slick", "leakage"], "leak"),
}
STATE_OPPOSITES = {
    "open": ("open", False),
    "locked": ("open", True),
    "closed": ("open", True),
    "shut": ("open", True),
    "unlocked": ("open", False),
    # a fire said contained and said not to be: "the fire is not contained"
    "contained": ("contained", False),
    "uncontained": ("contained", True),
    "extinguished": ("extinguished", False),
    # a vessel said overloaded and said not to be: "the launch was not overloaded"
    "overloaded": ("overloaded", False),
    "overcrowded": ("overloaded", False),
}
# Verbs that only bear a count of people on to the reader ("the toll is 6 soldiers killed",
# "received 19 wounded"): what befell the people is said by a participle.
COUNT_BEARING_VERBS = frozenset("be receive have record count confirm register include report tally".split())
# What a breach exposes of the people it counts: "exposed the data of 3.4 million customers".
DATA_NOUNS = frozenset("data datum record detail information account".split())
# What a body counts from, cited "according to" beside the body that tells the count: "according
# to rosters returned by hospitals".
RECORD_NOUNS = frozenset(
    "roster record register log list data figure tally manifest ticket logbook database".split()
)
# Verbs that say where a count stands: "the toll rose and stood at 14".
LEVEL_VERBS = frozenset("reach stand rise fall climb hit total drop increase decrease jump soar".split())
# What befalls things counted with a participle: "counted 850 homes destroyed".
THING_DAMAGE_VERBS = frozenset("destroy damage demolish raze burn flood loot".split())
# Participles that say what befell the people or things counted ("killed", "destroyed", "the
# number of annulled ballots", "of cancelled flights").
BEFALLING_VERBS = PEOPLE_VERBS | THING_DAMAGE_VERBS | frozenset(["annul", "invalidate", "cancel"])
# Prepositions of place and time ("between" is not one: "between 2,000 and 4,000 soldiers").
WHERE_OR_WHEN = frozenset(
    "in at on across over during near inside outside around within throughout after before since into".split()
)
# "a family of five": a group described by its size.
GROUP_NOUNS = frozenset(["family", "household", "crew", "team", "couple"])
# People a business serves, counted with its staff: "seven employees and four customers".
PATRONS = frozenset(["customer", "client", "guest", "visitor", "shopper"])
# Groups a number counts as groups: "members of one family", "two couples" (but "24 crew" are
# 24 people, and households are counted as customers: "1,200 households without power").
COUNTED_GROUP_NOUNS = frozenset(["family", "couple"])
# Bodies a city has of its own: "Brussels police" speaks for the police, not for the EU.
LOCAL_BODIES = frozenset(
    ["police", "hospital", "council", "mayor", "prosecutor", "fire", "morgue", "official"]
)
# Kinds of event that strike places without attacking them.
NATURAL_HAZARDS = frozenset(["earthquake", "flood", "fire", "storm"])
# Phrasal verbs that mean another verb: lemma -> {(lemma, particle): verb}.
PHRASAL_VERBS = {
    "shoot": {("shoot", "down"): "intercept"},
    "bring": {("bring", "down"): "intercept"},
    "hand": {("hand", "over"): "release"},
    "take": {("take", "down"): "intercept", ("take", "back"): "accept"},
}
# "eight carriages went off the rails", "six wagons left the tracks": they derailed.
OFF_RAILS_VERBS = frozenset(["go", "come", "leave", "jump", "run"])
RAIL_NOUNS = frozenset(["rail", "track", "line"])
# What leaves "the tracks" or "the line" by derailing (not cars on a circuit, hikers, runners).
RAIL_VEHICLES = frozenset("train tram carriage wagon coach locomotive railcar freight".split())
# What a strike or an outage that "paralysed 63 hospitals" did to them: affected them (not
# "three passengers were paralysed": hurt).
HALTING_VERBS = frozenset(["paralyse", "paralyze", "cripple"])

# Verbs that say a side lost equipment: "destroyed three tanks", "shot down a jet", "lost no
# aircraft" (extract._loss).
LOSS_VERBS = frozenset(["destroy", "intercept", "lose"])
# What is brought down in the air (destroyed or intercepted, one count): drones and missiles.
AIRBORNE = frozenset(["drone", "missile"])
# Whether a facility works: "the enterprise is operating normally", "no bus line ran".
# (A sentence without these words says nothing of it.)
OPERATING_WORDS = re.compile(
    r"normal|usual|operational|smooth|halt|suspen|stop|shut|clos|paraly|paus|open|continu|still|idle|out of|"
    r"\bno\b|\bnot\b|n't|never",
    re.IGNORECASE,
)
SERVICE_NOUNS = frozenset(["service", "operation", "action", "commission", "order"])
WORKING_VERBS = frozenset(["operate", "work", "function", "run", "be", "continue"])
# What a company closes for good: its plants, sites and mines (and what its plans for them
# say: "will close the Plauen plant", "no plans to close the Chemnitz site").
WORKS_NOUNS = frozenset(
    """plant factory site mine pit works facility mill smelter refinery foundry
    base hub depot warehouse""".split()  # (an airline's bases, a carrier's depots)
)
# Words over a "to close" that make it a plan: "plans to", "intends to", "is set to".
PLANNING_WORDS = frozenset(
    "plan intend intention prepare aim suppose set expect decide decision go due propose proposal".split()
)
# What turns a plan around ("dropped plans to close", "reversed its decision to close"): no plan.
REVERSAL_VERBS = frozenset("drop scrap abandon shelve reverse withdraw cancel rescind".split())
# What speculates on a plan rather than telling it: "feared the plant would close".
SPECULATION_VERBS = frozenset("fear worry speculate rumour rumor doubt wonder question".split())
# Who closes a plant without its company planning it: a strike, workers, a government, a court.
NOT_THE_COMPANY = frozenset(
    "strike striker worker employee protester activist union government state court authority ministry "
    "regulator police rescuer official minister president army military council agency".split()
)
# A closing for a while, not for good: "for two weeks", "temporarily", "early" (or on a
# weekday: dates.WEEKDAYS).
TEMPORARY_WORDS = frozenset(
    "temporarily briefly early partly partially week weeks day days month months hour hours maintenance "
    "holiday holidays inspection repairs".split()
)
FACILITY_KINDS = {
    "enterprise": "plant", "plant": "plant", "refinery": "plant", "factory": "plant", "unit": "plant",
    "installation": "plant", "facility": "plant", "production": "plant", "operation": "plant",
    "generation": "plant", "pumping": "plant",  # "generation has been halted", "pumping has stopped"
    "airport": "airport", "port": "port", "terminal": "port", "checkpoint": "checkpoint",
    "crossing": "checkpoint", "mine": "mine", "line": "transport", "bus": "transport",
    "service": "transport", "train": "transport", "metro": "transport", "railway": "transport",
    "hospital": "hospital", "department": "hospital",
    "base": "base", "hub": "hub", "depot": "depot", "warehouse": "warehouse",  # a carrier's
    "airspace": "airspace",  # "Belgian airspace remained open at all times"
    "signal": "signals", "signalling": "signals",  # a railway's: "the signals were working normally"
}
# What one side calls the other: "the enemy lost three tanks".
ENEMY_NOUNS = frozenset(["enemy", "adversary", "occupier", "invader", "opponent"])
# One name for one kind of equipment lost: "a Su-27 fighter jet" and "no aircraft" meet.
EQUIPMENT = {"jet": "aircraft", "plane": "aircraft", "warplane": "aircraft", "bomber": "aircraft",
             "fighter": "aircraft", "aircraft": "aircraft", "airplane": "aircraft", "uav": "drone",
             "drone": "drone", "tank": "tank", "helicopter": "helicopter"}
# What is left of the dead: "the bodies of 20 soldiers".
REMAINS_NOUNS = frozenset(["body", "corpse", "remains"])
# Animals whose deaths a disaster's reports count apart from people's.
ANIMAL_NOUNS = frozenset(
    """animal livestock cattle cow sheep goat horse camel yak pig poultry chicken bird fish dog
    buffalo donkey""".split()
)
# What is done to bodies that takes them somewhere: "taken away", "brought to the morgue".
CARRYING_VERBS = frozenset(
    "take carry remove transport bring send move ferry deliver transfer airlift hand".split()
)
# Verbs that free people: "released 110 prisoners", "handed over 103".
RELEASE_VERBS = frozenset(["release", "free", "repatriate", "swap", "exchange"])
# Those an abduction takes, and those the law holds: "all the students were released", not
# "all suspects were released on bail".
TAKEN_NOUNS = frozenset("""student pupil girl boy child worker passenger villager traveller traveler
    victim worshipper farmer teacher""".split())
ABDUCTED_WORDS = frozenset(["abducted", "kidnapped", "seized", "captive"])
SUSPECT_NOUNS = frozenset("suspect detainee arrestee convict inmate prisoner".split())
CUSTODY_PLACES = frozenset("custody jail prison cell detention precinct".split())
CUSTODY_TALK = re.compile(r"\b(?:arrested|in custody|police station|on bail|detained)\b", re.I)
# What ends a captivity: "all hostages have been freed", "were rescued".
FREEING_VERBS = frozenset(["release", "free", "rescue", "liberate"])
# Verbs of giving back what one side held: "handed over", "returned" (a morgue that "received
# 34 bodies" counts the dead: receiving is a handover only in an exchange, EXCHANGE_WORDS).
HAND_OVER_VERBS = frozenset(["hand", "return"])
EXCHANGE_WORDS = re.compile(r"\b(?:exchange|swap|repatriat\w*|handover)\b", re.IGNORECASE)
# Verbs that give a figure before it happens: "had forecast 800,000 protesters".
FORECAST_VERBS = frozenset(["forecast", "predict", "project", "anticipate", "expect"])
# What an outbreak story says is or is not under control (not inflation, costs or a town).
CONTROLLED_THINGS = frozenset("situation outbreak epidemic disease cholera fire blaze wildfire".split())
# What is only hoped or meant: "aims to bring the fire under control", "could be contained".
AIM_VERBS = frozenset(["aim", "hope", "try", "struggle", "work", "want", "plan", "seek", "strive"])
MODAL_WORDS = frozenset(["will", "would", "could", "may", "might", "should", "can", "must"])
# Verbs whose negation sets a ceiling: "did not exceed 30 percent" is at most 30.
CEILING_VERBS = frozenset(["exceed", "top", "surpass"])
# People held by a side: those who "returned home" were released.
HELD_NOUNS = frozenset(["prisoner", "pow", "captive", "hostage", "detainee"])
# The auxiliaries of what will happen: "will cut", "would close", "shall", "we'll", "won't".
FUTURE_AUX = frozenset(["will", "would", "shall", "'ll", "wo"])
# Verbs whose "to" clause will happen: "is preparing to cut rates on Thursday".
PLAN_VERBS = frozenset(["plan", "intend", "prepare", "expect", "schedule", "aim", "set"])
# ... and those whose denial denies the act: "is not preparing to shut the plant", "is not
# planning to cut jobs" (not a wish, "did not want to close it but was forced to", nor a
# timetable, "is not scheduled to close until 2030").
INTENT_VERBS = frozenset(["plan", "intend", "aim", "prepare", "consider"])
# Verbs whose passive hands its subject to what follows: "60 people were believed to have been
# on board" counts those on board.
BELIEF_VERBS = frozenset(
    "believe think fear expect estimate understand presume suspect report say know".split()
)
# Kinds of body a report names in full once and then by kind alone: "the service said".
BODY_KIND_NOUNS = frozenset(
    "service agency authority ministry commission department directorate institute council office".split()
)
# Verbs that speak or think of an act without saying it was done: "discussed closing the yard".
TALKED_OF_VERBS = frozenset(
    """discuss consider debate study propose suggest mull weigh contemplate examine explore review
    evaluate""".split()
)
# Verbs of an effort toward a thing not yet done: "continuing to recover the remaining 23".
EFFORT_VERBS = frozenset("try continue seek attempt work strive struggle battle push race scramble".split())
# ... of which the doing is only tried, in any tense: "tried to free 12 hostages".
TRYING_VERBS = frozenset(["try", "seek", "attempt", "strive"])
# Verbs whose act was not done: "attempted to storm the post", "failed to capture the town",
# "threatened to attack it" (the act is keyed by them, not by what they say was tried).
NOT_DONE_VERBS = TRYING_VERBS | {"fail", "threaten"}
# Verbs that ask or promise a thing be done: "demanded that no worker be dismissed".
DEMAND_VERBS = frozenset("demand urge ask insist promise pledge vow guarantee want call".split())
# What is done to people that "no worker has been dismissed" says was done to none.
DONE_TO_PEOPLE_VERBS = frozenset(
    "dismiss sack fire lay evacuate release free relocate deport expel suspend hire recruit vaccinate".split()
)
# Being "in talks to buy X" speaks of buying X.
NEGOTIATION_NOUNS = frozenset(["talk", "talks", "negotiation", "discussion"])
# What a side rejects when it names no content: "rejected the accusations".
ALLEGATION_NOUNS = frozenset(["accusation", "allegation", "charge", "claim", "report"])
# Verbs of shooting whose target follows "on" or "at": "did not fire on Lesno" attacked it.
FIRE_AT_VERBS = frozenset(["fire", "shoot"])
# Where a shot or a blow wounds rather than kills: "shot in the leg" (not the head or chest).
LIMBS = frozenset(["leg", "arm", "hand", "foot", "thigh", "knee", "shoulder", "ankle", "wrist",
                   "buttock", "calf", "shin", "elbow", "finger", "hip"])
# Verbs whose "on" or "at" names what was aimed at: "fired at the convoy", "did not strike on
# the hospital" (extract._act_object).
AIMING_VERBS = FIRE_AT_VERBS | {"strike"}
# Who acts, named by a kind of force: "Dravian artillery" and "Dravian units" are its troops.
FORCE_NOUNS = frozenset(["troop", "unit", "artillery", "force", "army", "soldier", "military"])
# Acts said with an idiom, as (verb, object) -> the plain act: "opened fire" fired shots.
ACT_IDIOMS = {
    ("open", "fire"): ("fire", "shot"),
    ("make", "ransom demand"): ("demand", "ransom"),
    # "walked out of Friday's talks" (_act_object) abandoned them
    **{(walk, talk): ("abandon", talk) for walk in ("walk", "storm", "pull")
       for talk in ("talk", "negotiation", "meeting")},
}
# Verbs that say an attack was made ("carried out a strike on", "launched an attack against"):
# the act is the attack, on what follows "on" or "against".
LIGHT_ACT_VERBS = frozenset("carry conduct launch make mount stage deliver inflict".split())
ATTACK_NOUNS = frozenset("strike airstrike attack raid assault bombardment shelling bombing".split())
# What is dropped on a place to attack it: "dropped two bombs on the monastery".
DROPPED_MUNITIONS = frozenset(["bomb", "shell", "munition", "explosive", "grenade"])
# What was attacked, one name for one kind of place: a clinic is struck as a hospital is.
RELIGIOUS_BUILDINGS = frozenset("monastery mosque church pagoda temple cathedral shrine synagogue".split())
ATTACKED_CANON = {"clinic": "hospital", "infirmary": "hospital", "apartment": "building", "block": "building",
                  "house": "building", "home": "building",
                  **dict.fromkeys(RELIGIOUS_BUILDINGS, "religious building")}
# Fire across a border: what is fired ("Thai artillery shells fell on the village"), what it
# fell on or was fired into ("did not fire into the Cambodian territory"), and how.
FIRED_MUNITIONS = frozenset("shell rocket mortar artillery projectile".split())
LANDING_VERBS = frozenset("fall land hit strike explode impact".split())
FIRING_VERBS = frozenset("fire launch lob shell".split())
FIRED_TOWARD = frozenset(["on", "into", "at", "toward", "towards", "onto", "in", "inside"])
# Where fire lands "in" only when the place is a side's land: "fell inside the Cambodian territory"
# (not "launched a campaign in Phnom Penh", "fired tear gas in the capital").
LAND_WORDS = frozenset(["territory", "soil", "land", "side"])
# What a side fires at the other's forces: "opened fire on our positions", "on a Thai patrol".
FORCES_FIRED_ON = frozenset(
    "position post outpost patrol checkpoint base unit troop soldier guard force serviceman".split()
)
# What fire fell on, by kind: a side's posts are not its villages ("fired on our position"
# against "did not fire on any village"); its territory is both.
FIRED_ON_KINDS = {
    **dict.fromkeys("village town house home settlement city market bazaar locality".split(), "village"),
    **dict.fromkeys("post position".split(), "military"),
}
# Places fire may fall on: a side's land, its villages and posts, an area of it.
FIRED_ON_PLACES = LAND_WORDS | frozenset(FIRED_ON_KINDS) | frozenset(["area", "district", "ground"])
FIRE_ACROSS_OBJECT = "territory"  # the key "attack|territory" (detect reads its subject as whose)
# Who started a fight: "the Thai troops opened fire on our positions", "the Pakistani regime
# started the attack" (the key "open|first fire"; its subject the side said to have started it).
FIRST_FIRE_OBJECT = "first fire"
STARTED_FIGHTS = frozenset(
    "fire firing attack fighting clash hostility shooting aggression provocation skirmish war".split()
)
STARTING_VERBS = frozenset("start begin initiate provoke trigger".split())
# What makes an attack a reply, not a beginning: "attacked the positions in response".
IN_RESPONSE = re.compile(
    r"\bin (?:response|retaliation|reply)\b|\bretaliat|\bafter (?:being|coming under) (?:fired|attacked)",
    re.I,
)
# Synonym groups for acts: "did not use tear gas" meets "fired tear gas". The first verb of
# a group is the name the group goes by in claim keys.
_VERB_GROUP_TEXT = (
    "use fire deploy launch shoot employ",
    "attack shell strike bomb hit target raid",
    "kill murder execute",
    "capture seize take occupy liberate overrun recapture",
    "plan intend prepare consider",
    "threaten endanger",
    "sign approve pass adopt",
    "meet visit",
    "cross enter flee arrive reach",
    "halt suspend stop pause",
    "intercept down",
    "find contain detect",
    "record register log",  # "recorded 23 cases of ballot stuffing", "no case was registered"
    "close shut",
    "inform notify",  # "informed the works council", "the union was never notified"
    "receive send issue lodge file submit",
    "attempt try seek strive",  # ("tried to storm the post", "attempted to storm the barracks")
    "affect impact compromise",
    "destroy raze gut flatten",
    "divert redirect reroute",  # "at least 14 ambulances were redirected", "none was diverted"
    # "inundated 12,400 homes", "8,200 homes had been flooded" (not "swamped with patients")
    "flood inundate submerge",
    "burn torch incinerate",  # "burned nine military vehicles", "four vehicles were torched"
    "authorise authorize",  # "was not authorized", "had permission" (extract._a_permission)
)
# The key of a warning given or received ("the union warned management", "never received any
# warning"), which a company may say it never received whenever the other says it was given.
WARNING_KEY = "receive|warning"
# An authority's orders a company receives, which a warning it denies receiving means too, and
# what they ask of it: "ordered it to replace corroded valves", "to reinforce the supports".
ORDER_NOUNS = frozenset(["order", "notice", "directive", "instruction"])
FIX_VERBS = frozenset("replace repair reinforce fix install upgrade remove secure inspect".split())
# How captors reach the families they demand money of: "phoned several families demanding ...".
CALLING_VERBS = frozenset("phone call contact telephone message text write send ring".split())
# Life jackets, and what says those aboard had them or did not: "were wearing life jackets",
# "were issued life jackets", "nobody handed out life jackets", "there were no life jackets".
LIFE_JACKETS = frozenset(["life jacket", "lifejacket", "life vest", "life - jacket"])
LIFE_JACKET_VERBS = frozenset("wear have give hand issue distribute provide be receive supply carry".split())
# Who wear life jackets that are not those aboard: "divers were wearing life jackets".
NOT_PASSENGERS = frozenset(
    "diver rescuer crew crewman soldier police policeman officer sailor guard navy".split()
)
# Verbs that use a weapon when it is thrown ("threw tear gas canisters at us"; not "threw 500,000
# people into hunger", "threw a party"), and the weapons so thrown.
THROWING_VERBS = frozenset("throw lob hurl".split())
THROWN_WEAPONS = frozenset("gas canister grenade stone rock bomb shell cocktail explosive brick".split())
# Words that make a state partial: "partially burned", "60 percent contained".
PARTLY_WORDS = frozenset("partially partly largely mostly half percent".split())
# Buildings a fire destroys when it burns them: "40 houses are completely burned" are the
# "14 homes destroyed" of another count (not "burning in three places").
BURNED_BUILDINGS = frozenset("home house building dwelling shop store school church mosque".split())
# What a state's forces do not take from an enemy: "the government said 22 homes were destroyed"
# counts its own people's homes (disasters), not another side's loss.
CIVIL_PROPERTY = BURNED_BUILDINGS | RELIGIOUS_BUILDINGS | frozenset(
    "classroom hospital clinic bridge road hectare crop village market".split()
)
VERB_GROUPS = tuple(frozenset(text.split()) for text in _VERB_GROUP_TEXT)
VERB_CANON = {verb: text.split()[0] for text in _VERB_GROUP_TEXT for verb in text.split()}

# What "according to" may name that speaks for no one: "according to the ceasefire agreement".
TERMS_NOUNS = frozenset("agreement deal plan law treaty constitution schedule rule regulation budget".split())
# ... nor a forecast, a poll or a tale: "according to the latest polls, the party will win",
# "according to legend, fishermen founded the city" (no one's claim of an act).
NOT_TELLERS = TERMS_NOUNS | frozenset(
    "poll survey forecast projection model legend tradition custom decree code need demand".split()
)
# Words that are no company's name alone: "General Motors" and "General Semiconductor" are two.
GENERIC_NAME_WORDS = frozenset(
    """general national united international american first global standard advanced applied
    universal royal new""".split()
)
# Words of a state's bank's name, which names no company: "Nigeria's Central Bank".
STATE_BANK_WORDS = frozenset(["central", "state", "reserve"])
# Last words of company names: "Kovran Mining" is an organisation whatever the model says.
# The suffixes that make a name a company's in law: "Luanshya Ridge Mining Plc" is a company
# whatever the model tags it.
LEGAL_SUFFIXES = frozenset(
    "plc ltd limited inc incorporated llc gmbh ag sa spa nv bhd berhad pte pty corp corporation".split()
)
# Legal forms of other countries' companies, which end a name as "Ltd" does ("Baltronic AS",
# "Metsä Oyj", "Kone AB"), kept apart as some are words of their own ("as").
FOREIGN_LEGAL_FORMS = frozenset("as asa oy oyj ab aps bv srl sarl sas sro doo kft zrt".split())
ORG_SUFFIXES = frozenset(
    """mining motors airlines airways group bank holdings foods telecom steel energy oil gas
    inc ltd corp corporation company co plc ag sa industries partners capital pharma lines
    shipping media mobile telecommunications networks systems logistics automobil automotive auto
    autos cars electronics semiconductor semiconductors limited incorporated llc gmbh bhd berhad nv
    spa pte pty insurance assurance assurances line holding glass fruit fruits apparel textile textiles
    garments clothing cement chemicals plastics brewery breweries tyres tires tobacco dairy sugar paper
    pharmaceuticals beverages cable cables kabel""".split()
)
# What organisations do with their figures, not what the dead do: "the two bodies differed".
DISAGREEING_VERBS = frozenset("differ disagree agree dispute publish issue".split())
# Nouns a number goes with that count nothing of an event: "the launch tilted to one side",
# "both sides", "in two ways".
NOT_COUNTED = frozenset(["side", "way", "direction"])
# Units of distance: "trapped 11 miners 640 metres underground" counts miners, not metres.
DISTANCE_UNITS = frozenset(METRES)

# What is done to data taken: "stole", "exfiltrated", "downloaded" (not what a server holds).
DATA_TAKING_VERBS = frozenset("steal take exfiltrate download copy obtain extract siphon grab".split())
# ... and what tells of a part of it released: "a first batch of 50 gigabytes", "so far leaked".
PART_RELEASED = re.compile(r"\b(?:so far|first batch|batch of|sample of|part of)\b", re.I)
# Room for people, not people: "the boat had room for 20 people on board".
ROOM_NOUNS = frozenset(["room", "space", "capacity", "seat", "place"])
# What a tank or a field holds, not what escaped: "which stores 86 billion cubic feet of gas".
HOLDING_STORE_VERBS = frozenset(["store", "hold", "contain"])
# Amounts of data, in gigabytes: "1.2 terabytes of data" taken is "about 300 gigabytes" disputed.
DATA_UNITS = {"megabyte": 0.001, "mb": 0.001, "gigabyte": 1.0, "gb": 1.0, "terabyte": 1000.0, "tb": 1000.0,
              "petabyte": 1e6, "pb": 1e6}
# What a length or a speed measures (compared in metres and km/h).
SIZE_MEASURES = frozenset(["speed", "depth", "height", "length", "width"])
SPEED_UNITS = {"mph": 1.6093, "kph": 1.0, "kmh": 1.0, "km/h": 1.0, "knot": 1.852}
LIMIT_NOUNS = frozenset(["limit", "maximum", "capacity", "restriction"])
# Words that make a size a difference: "60 knots above the normal landing speed".
DIFFERENCE_WORDS = frozenset("above below faster slower higher lower".split())
# Verbs whose object is what was measured: "measured the sinkhole at 38 metres deep".
MEASURING_VERBS = frozenset("measure put estimate record clock gauge".split())
# Size nouns that are no thing of their own: "the height of the ash column" is the column's.
PURE_DIMENSIONS = frozenset(["height", "depth", "length", "width", "altitude", "level", "speed", "velocity"])
# Words that say which size a length is: "40 metres deep", "the height of the column".
DIMENSION_WORDS = {
    "deep": "depth", "depth": "depth", "high": "height", "tall": "height", "height": "height",
    "altitude": "height", "surge": "height", "level": "height", "long": "length", "length": "length",
    "wide": "width", "width": "width",
}
# Places a count can be of one of ("at one hospital", "in a single district"): a part.
PART_NOUNS = frozenset(
    """hospital facility clinic morgue district town village camp site school province region
    city county centre center ward""".split()
)

# What is done to the dead's bodies that counts them: "the bodies of 38 miners have been recovered"
# (not identified, buried or flown home: some of the dead).
BODY_RECOVERY_VERBS = frozenset("recover retrieve pull find discover wash exhume".split())
# Words for a part of a whole that acts as the whole does: "part of the acid reached the river".
PARTITIVE_WORDS = frozenset("part fraction portion some most much half bulk rest remainder".split())
# A company's "no plans to close any stores" denies the closures (extract._planned_act).
PLAN_NOUNS = frozenset("plan intention proposal".split())
# People at large, counted as no one in particular: "27,000 people crossed".
PEOPLE_AT_LARGE = frozenset("people person persons individual resident inhabitant citizen civilian".split())
# An employer's sites: jobs counted at some of them are a part of its cuts.
SITE_NOUNS = frozenset(
    """store shop plant factory site mine office branch depot warehouse outlet smelter refinery mill
    terminal""".split()
)
# Bodies of a state by their kind: "India's Union Health Ministry" is India's, whatever its name
# begins with.
STATE_BODY_NOUNS = frozenset("ministry commission department agency authority government".split())

# Documents that speak for whoever issued them: "the statement said".
# Kinds of substance an amount may be of, which one report may name more closely than another
# ("litres of crude" and "of oil"; "tonnes of soybeans" and "of grain"): amounts of two kinds
# never meet ("300 tonnes of flour", "2,500 kg of explosives").
SUBSTANCE_CLASSES = {
    **dict.fromkeys("crude oil petroleum diesel petrol gasoline kerosene fuel".split(), "petroleum"),
    **dict.fromkeys("grain soybean soy soya wheat maize corn rice barley sorghum cereal".split(), "grain"),
    **dict.fromkeys("flour sugar meat fish".split(), "food"),
    **dict.fromkeys(
        "drug narcotic cocaine heroin methamphetamine meth cannabis marijuana hashish".split(), "drug"
    ),
    **dict.fromkeys("explosive dynamite tnt".split(), "explosive"),
    "water": "water",
}
# Goods of no kind: "300 tonnes of aid" may be the "80 tonnes of supplies" another counts.
GENERIC_GOODS = frozenset(
    "aid supply good cargo material product item relief assistance shipment substance contraband commodity "
    "food foodstuff".split()
)
# What a thing's kind is named before: "cocoa beans" are cocoa.
PRODUCE_HEADS = frozenset("bean seed leaf nut grain product".split())
# What makes oil food: "palm oil", "cooking oil".
EDIBLE_OIL_WORDS = frozenset("palm cooking vegetable olive sunflower edible soybean".split())
# What a company does to its works, stores and jobs: "when Alvarenga closes its factory".
COMPANY_ACTS = frozenset("close shut cut sell buy acquire relocate move shed eliminate".split())
# Premises that open their doors on a working day, and that a strike keeps closed.
PREMISES_NOUNS = frozenset(
    "school shop store pharmacy bank office market business clinic restaurant college kindergarten".split()
)
# What a whole staff may be called ("has 410 permanent workers"), and when it is so ("now").
WHOLE_STAFF = frozenset("permanent full-time full time - direct total".split())
NOW_WORDS = frozenset("now currently today still also around about some nearly almost roughly over".split())
# What a company's staff is told of beside its count: "Founded in 1952, X has 1,200 employees".
FOUNDING_VERBS = frozenset("found establish base headquarter".split())
# Those on a works' or a company's staff: "the plant has 410 workers".
WORKFORCE_NOUNS = frozenset("worker employee staff staffer".split())
# What one side may say another did to a count: "accused the commission of rigging the vote".
COUNT_FRAUD_WORDS = frozenset(
    "rig inflate falsify exaggerate fabricate manipulate understate overstate doctor pad vote ballot".split()
)
# What one side says another did wrong, to be denied: "accused the department of hiding it".
ACCUSING_VERBS = frozenset("accuse allege blame".split())
# A count told against another's: "a figure the government rejects", "not 18 as the association
# claims", "was inflated".
REJECTING_WORDS = re.compile(r"\b(?:reject\w*|inflated|not (?:the )?\d[\d,]*\b)", re.I)
# What ties what happened to whoever or whatever did it: "no death was attributed to police".
ATTRIBUTING_VERBS = frozenset("attribute link tie trace blame".split())
# Parts of a works named by a number before them: "2 Section", "3 Shaft".
NUMBERED_PARTS = frozenset("section shaft level panel seam ward block unit".split())
# What lists those aboard a ship or a plane: "the manifest shows 84 passengers".
ROLLS_OF_THOSE_ABOARD = frozenset(["manifest"])
DOCUMENT_NOUNS = frozenset(["statement", "communiqué", "communique", "release", "bulletin"])
# Papers that allow a vessel its load: "its operating certificate allowed it to carry 60".
PERMIT_DOCUMENTS = frozenset(
    "certificate licence license permit registration authorisation authorization".split()
)
# What makes a claim public on a day ("a statement circulated on Wednesday"), and what else is
# made public so ("a video released on Monday").
PUBLISH_VERBS = frozenset(["publish", "circulate", "post", "broadcast"])
POSTED_NOUNS = frozenset(["video", "post", "message", "announcement", "report"])
# Where a claim is made: "said at a news conference in Naypyidaw", "told a briefing in Kyiv".
BRIEFING_NOUNS = frozenset(
    """conference briefing meeting interview statement reporter journalist television
    broadcast address speech summit""".split()
)
# A share of a vote: "54.3% of the vote", "of valid ballots cast".
VOTE_NOUNS = frozenset(["vote", "ballot"])
# A count of a vote still under way: "with results from 131 of 156 constituencies", "after 58%
# of precincts had been counted", "partial results".
PARTIAL_COUNT = re.compile(
    r"\bpartial (?:results|count|returns)\b"
    r"|\b(?:from|in) \d[\d,]* (?:of|out of) (?:the )?(?:\w+ )?\d[\d,]* (?:constituencies|precincts|polling "
    r"(?:stations|units|streams)|districts|wards|counties|provinces|municipalities)\b"
    r"|\b(?:most|nearly all|almost all|the bulk)(?: of)? (?:the )?"
    r"(?:ballots|votes|precincts|polling stations) "
    r"(?:counted|tallied|processed)\b"
    r"|\b\d+(?:\.\d+)?\s?(?:%|percent|per cent) of (?:the )?(?:precincts|polling stations|ballots|votes|"
    r"constituencies|districts)(?: had been| have been| were| was)? "
    r"(?:counted|processed|tallied|reporting)\b",
    re.I,
)
# What wins a share of a vote, and the words that say a sentence is on one: "its tally showed
# the NUA winning 50.8 percent".
VOTE_WINNING_VERBS = frozenset("win receive obtain get garner secure poll take".split())
VOTE_TALK = re.compile(r"\b(?:votes?|ballots?|tally|tallies|tabulation|election|referendum|count)\b", re.I)
# An opinion poll's shares, no vote's: "exit polls had shown", "a poll by Afrobarometer gave".
OPINION_POLL = re.compile(
    r"\b(?:surveys?|projections?|exit polls?|opinion polls?|pollsters?|polling (?:firm|company|agency)|"
    r"(?:a|the|latest|new|recent|an?) polls? (?:by|from|of|for|conducted|published|found|finds|showed|shows|"
    r"gives|gave|suggests|suggested|puts|put))\b",
    re.I,
)
# What a Yes or a No answers: a referendum's question, not a union's ballot.
REFERENDUM_TALK = re.compile(
    r"\b(?:referendum|plebiscite|amendments?|constitution(?:al)?|yes side|no side|yes camp|no camp|yes vote|"
    r"no vote)\b",
    re.I,
)
# A second round's shares: "in the runoff", "in the second round".
RUNOFF = re.compile(r"\b(?:run-?off|second round)\b", re.I)
# How a share of voters says Yes or No: "79.4% of voters supported the amendments".
YES_VERBS = frozenset("support back approve endorse favour favor accept".split())
NO_VERBS = frozenset("reject oppose refuse".split())
# What gives a candidate a share: "gave the DRP 54.1 percent", "declared Mwanza the winner with 52%".
AWARD_VERBS = frozenset("give award credit declare proclaim confirm".split())
# Who won, named after the winner: "declared Joseph Mwanza the winner with 52.1%".
WINNER_NOUNS = frozenset(["winner", "victor"])
# Who stands in an election (not what a referendum asks): "backed the ruling party".
CANDIDATE_NOUNS = frozenset("party candidate list coalition alliance president incumbent ticket".split())
# Entities no candidate is named by: "last Thursday's election".
NOT_NAME_ENTS = frozenset(["DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "MONEY"])
# A side of a referendum: "the Yes side", "the No camp".
REFERENDUM_SIDES = frozenset("side camp vote campaign".split())
# Capitalised words of a name that are no part of whose it is: "the pair number 2".
NAME_FILLERS = frozenset("the a mr mrs ms dr president candidate".split())
# One group under two names: "nine employees" and "15 workers" at a plant.
SAME_GROUP = {"employee": "worker", "staff": "worker", "labourer": "worker", "laborer": "worker"}
# What runs a service a strike stops: "216 trolleybuses were in service", "40 left the depots".
SERVICE_VEHICLES = frozenset("bus trolleybus tram train minibus coach ferry flight metro".split())
# What a transport strike keeps off the road, counted as shares of a fleet ("90% of jeepneys
# stayed off the road"), and the roads it keeps them off (or in depots, DEPOT_NOUNS).
# (road vehicles: a share of trains or flights that ran is a service level, not a turnout)
FLEET_NOUNS = frozenset(
    "bus trolleybus minibus coach taxi cab jeepney matatu rickshaw tricycle van truck lorry motorcycle "
    "unit".split()
)
ROAD_WORDS = frozenset("road street route".split())
DEPOT_NOUNS = frozenset(["depot", "garage", "yard", "terminal"])
# What a laboratory tests for a disease: "14 samples tested positive for cholera".
SAMPLE_NOUNS = frozenset(["sample", "specimen"])
NOT_PATIENT_SAMPLES = frozenset("water well food sewage soil environmental river tap borehole".split())
# What puts people on a roll, all there are: "of the 337,420 registered voters".
ROLL_WORDS = frozenset(["registered", "eligible", "enrolled"])
# What a company calls itself, and bodies that are no company: "the company has no plans".
COMPANY_WORDS = frozenset(
    "company firm group it carmaker manufacturer maker chain bank airline operator".split()
)
PUBLIC_BODY_WORDS = frozenset("government ministry council mayor state authority".split())
# What jobs cut do: "of the 1,150 jobs to go", "600 jobs will disappear".
JOBS_GOING_VERBS = frozenset(["go", "disappear", "vanish"])
# A source that is a body's own statement, whose every sentence the body says: "Ministry of
# Health (press statement)", "Western Mindanao Command (press release)".
_STATEMENT_MARK = r"\((?:press )?(?:release|statement|communiqu[eé])\)"
OWN_STATEMENT = re.compile(rf"{_STATEMENT_MARK}|^(?:the )?(?:ministry|minist[eè]re|ministerio) ", re.I)
# The mark of a body's own statement after its name, which the body's side is without: "SINAPRED
# (communiqué)" speaks for SINAPRED.
STATEMENT_MARK = re.compile(rf"\s*{_STATEMENT_MARK}", re.I)
# What joins two towns named together: "the Sibuco-Sirawai road".
ROUTE_NOUNS = frozenset("road highway motorway route axis corridor railway line boundary".split())
# Where the law holds people, and words that say captives are free: "remain in custody", "after
# being freed".
CUSTODY_WORDS = frozenset("custody detention prison jail cell police station".split())
FREED_WORDS = re.compile(r"\b(?:freed|released|rescued|liberated|escaped|came home|returned home)\b", re.I)
# People who stay away from what a strike stops without striking: "120,000 pupils stayed away".
NOT_WORKERS = frozenset("""pupil student child fan spectator passenger customer patient voter tourist
    visitor resident parent shopper commuter""".split())
# How long an event lasted, in minutes (`extract._durations`): "lasted about 40 minutes".
MINUTES = "min"
DURATION_UNITS = {"minute": 1.0, "hour": 60.0, "day": 1440.0}
LASTING_VERBS = frozenset("last continue rage burn persist go fall".split())
# What stops a thing for a while, and what ends it: "blocked the bypass for five hours", "was
# extinguished within 20 minutes".
STOPPING_VERBS = {
    "block": "blockade", "close": "closure", "shut": "closure", "suspend": "suspension",
    "halt": "suspension", "disrupt": "disruption", "interrupt": "disruption",
}
ENDING_VERBS = frozenset("extinguish control contain stop end plug quell douse repair restore".split())
POWER_WORDS = frozenset(["power", "electricity"])
FIRE_WORDS = frozenset(["fire", "gunfire", "shot", "shell", "artillery"])
# The kinds of event whose length reports dispute, by the noun or verb that names them.
DURATION_KINDS = {
    **dict.fromkeys("""fighting combat clash battle shooting firing gunfire gunfight firefight exchange
        attack assault siege shelling bombardment shootout fight shoot""".split(), "fighting"),
    **dict.fromkeys("fire blaze inferno flame burn".split(), "fire"),
    **dict.fromkeys("outage blackout interruption power electricity".split(), "outage"),
    **dict.fromkeys("leak spill leakage".split(), "leak"),
    **dict.fromkeys("blockade block closure".split(), "blockade"),
    **dict.fromkeys("hail rain storm downpour".split(), "storm"),
}
# How money reaches captors, and how they ask for it: "paid", "handed", "pooled"; "demanded".
PAYING_VERBS = frozenset("pay hand give contribute raise pool transfer deliver send".split())
RANSOM_DEMAND_VERBS = frozenset("demand ask seek want request".split())
# Money paid that is no ransom, and who pays ransoms; what makes a payment only asked for.
NOT_RANSOM = frozenset("""compensation reward bill fee fine salary security aid allowance tax donation
    grant budget relief funeral burial lawyer bail hospital treatment""".split())
# Where one comes home from that is no captivity: "came home from hospital", "from the front".
NOT_CAPTIVITY = frozenset("hospital front work school abroad holiday war".split())
PAYING_KIN = frozenset("family relative parent community church congregation villager".split())
UNREAL_PAYING_HEADS = frozenset("ask tell want afford need urge order threaten refuse promise".split())
# Money named by a coin, in a denial: "not a single kobo was paid as ransom".
MONEY_WORDS = frozenset("""money cent centavo centime kobo penny dime shilling naira peso dollar franc
    rupee rupiah birr cedi kwacha rand euro pound""".split())
# The seats of government every town has, which name its council more than a place.
SEATS_OF_EVERY_TOWN = frozenset(["city hall", "town hall", "county hall", "state house", "government house"])
# Forces the model may tag as places, alone ("the Gendarmerie") or after a place's name ("the Cluj
# County Gendarmerie"): who speaks, not where (`when_where._a_force`).
FORCES_TAKEN_FOR_PLACES = frozenset(["gendarmerie", "carabinieri", "police", "militia"])
# What a speaker was doing where a sentence sets them before it tells what they said:
# "Announcing the results in Gaborone, the chairperson said".
ANNOUNCING_VERBS = frozenset("announce speak address brief present unveil publish release".split())
# Where a speaker speaks from: "at the national tally centre in Gaborone" (and what is
# announced there: "the final results").
SPEAKING_VENUES = frozenset("""headquarters centre center office seat parliament assembly hall studio
    result figure""".split())
# Where the dead and injured are counted one place at a time.
FACILITY_NOUNS = frozenset("hospital morgue mortuary clinic facility".split())
# A facility in a proper name: "Civil Hospital Karachi", "Jinnah Postgraduate Medical Centre".
FACILITY_NAME = re.compile(
    r"\b(?:hospitals?|morgues?|mortuary|clinic|infirmary|medical (?:cent(?:re|er)|complex|college))\b",
    re.IGNORECASE,
)
# What makes a figure a rate rather than a count: "normally", "40 a day".
HABITUAL_WORDS = frozenset("normally usually typically ordinarily generally".split())
TIME_UNITS = frozenset("day week month year hour".split())
# Verbs that say a thing happened: "a fire broke out", "an explosion occurred".
OCCUR_VERBS = frozenset("break erupt occur happen rage start continue burn".split())
OBSERVE_VERBS = frozenset("record report observe register".split())  # "a fire was recorded"
CAUSE_VERBS = frozenset("cause spark trigger start ignite".split())  # "causing a large fire"
# What was seen or heard happened: "residents reported a loud explosion", "heard blasts".
WITNESS_VERBS = frozenset("report hear see witness record observe".split())
# Verbs that call a thing false: "called the toll 'fabricated'", "branded it a lie".
LABEL_VERBS = frozenset("call brand label term describe".split())
# What a report is called when it is denied: "reports of a fire are untrue".
FALSE_WORDS = frozenset(
    """untrue false baseless groundless unfounded fake fabricated incorrect wrong lie
    fabrication fiction nonsense propaganda disinformation misinformation impossible implausible
    exaggerated inflated invented""".split()
)
# Lemmas the small model gets wrong, by the lemma it gives and the word it gave it for.
LEMMA_FIXES = {
    "corps": {"corpses": "corpse"},
    "basis": {"bases": "base"},
    "unaccounte": {"unaccounted": "unaccounted"},  # "seven people still unaccounted for"
}

# An act named by a noun with what it was done to: "the killing of 52 people" killed them,
# "the cancellation of 600 flights" cancelled them (reading.lemma).
# Verbs that keep an act named by a noun from being done: "prevented the destruction of".
UNDONE_ACT_VERBS = frozenset(
    "prevent avert avoid halt stop block suspend plan threaten demand order seek delay postpone "
    "propose consider announce oppose".split()
)
ACT_NOUNS = {
    "killing": "kill",
    "destroying": "destroy",  # (a translation's "the destroying of 9 armored vehicles")
    "cancellation": "cancel",
    "evacuation": "evacuate",
    "destruction": "destroy",
    "abduction": "abduct",
    "kidnapping": "kidnap",
    "displacement": "displace",
    "detention": "detain",
    "deportation": "deport",
    "execution": "execute",
    "capture": "capture",  # "achieved the capture of two guardsmen"
}
# What a thing counted can undergo, named by a noun: "14 vessels suffered delays" were delayed,
# "300 homes sustained damage" were damaged (extract._underwent).
UNDERGOING_VERBS = frozenset("suffer sustain experience undergo".split())  # (not "face": ahead)
UNDERGONE_ACTS = {
    "delay": "delay",
    "damage": "damage",
    "disruption": "disrupt",
    "cancellation": "cancel",
    "closure": "close",
    "evacuation": "evacuate",
}
# Rates a country has one of at a time.
NATIONAL_RATES = frozenset(["inflation", "unemployment"])
# Parts of a rate that are rates of their own: "youth unemployment", "food inflation".
RATE_PARTS = frozenset("youth food core rural urban female male".split())
# Roles in a company: "Velora Motors CEO Anna Berg" speaks for Velora Motors.
COMPANY_ROLES = frozenset(
    "ceo chief chairman chairwoman president founder boss spokesman spokeswoman spokesperson".split()
)
# A block that is a building: "an apartment block", "a tower block" (not a voting bloc).
BLOCKS_OF_HOMES = frozenset("apartment tower residential office housing flat".split())
# What a fighter falls in: "fell in the fighting", "fell in combat".
BATTLE_NOUNS = frozenset("fighting battle clash combat action attack assault offensive war skirmish".split())
# A structure giving way, said in other words: "the dyke burst", "the levee was breached".
GIVING_WAY_VERBS = frozenset("collapse burst breach crumble cave".split())
# The structures that can give way, one name each ("dike" is "dyke").
STRUCTURE_NOUNS = {
    "dam": "dam", "dyke": "dyke", "dike": "dyke", "levee": "dyke", "embankment": "dyke",
    "bridge": "bridge", "building": "building", "tower": "building", "block": "building",
    "roof": "roof", "wall": "wall", "tunnel": "tunnel",
    "overpass": "bridge", "flyover": "bridge", "barrage": "dam", "reservoir": "dam",
}
# Things that happen, besides the kinds of event in TOPICS: "no leak had occurred".
INCIDENT_NOUNS = frozenset("leak spill collision derailment outage shooting clash".split())
# Nouns of events whose day a possessive or an of-phrase names ("Thursday's riot").
EVENT_DAY_NOUNS = frozenset(TOPICS) | INCIDENT_NOUNS | frozenset(
    """attack riot raid ambush assault bombing massacre unrest violence incident disturbance
    uprising mutiny jailbreak landslide stampede capsizing collapse eruption""".split()
)
# What "none since" a thing counts over the whole of: "no casualties have been reported since the
# explosion" denies them all (not "since the morning": none lately).
WHOLE_EVENTS = EVENT_DAY_NOUNS | frozenset(["outbreak", "epidemic", "landfall"])
# Words that make a count an addition to another: "the last two bodies", "another 12".
INCREMENT_WORDS = frozenset("more last another additional further".split())
# What a workforce is counted in: "reduce its workforce by 1,200 positions".
JOB_NOUNS = frozenset("job position post role employee".split())
# Whose jobs a count of the people or posts themselves is: their employer's.
STAFF_NOUNS = PERSON_NOUNS | JOB_NOUNS
# People a closure affects who are not its staff: "the closures would affect 1,900 students".
SERVED_NOUNS = frozenset("student pupil patient customer passenger resident tenant".split())
# Verbs that cut jobs whatever the jobs are called: "shed about 1,200 positions".
CUT_VERBS = frozenset("cut shed eliminate axe slash reduce".split())
# Verbs of a flood, and what a flood fills places with (not "inundated with patients").
FLOODING_VERBS = frozenset(["flood", "inundate", "submerge", "swamp"])
WATER_WORDS = frozenset("water floodwater mud sewage seawater rain rainwater silt debris".split())
# What ends a worker's contract: "will terminate the labour contracts of 2,650 workers".
CONTRACT_ENDING_VERBS = frozenset("terminate end cancel rescind revoke".split())
# Jobs that go are cut: "4,700 jobs would go".
GOING_VERBS = frozenset("go disappear vanish".split())
# Those who drive or steer, counted apart from those who ride: "only one driver was on the bus".
DRIVING_ROLES = frozenset("driver pilot co-pilot copilot captain skipper helmsman conductor".split())
# What people are aboard: "about 95 people on the boat".
VESSELS = frozenset("boat ship vessel ferry bus plane aircraft train dinghy".split())
# Craft and the services they run, none of which may be said to have done a thing ("no vessel was
# waiting at anchor", "not a single train ran").
CRAFT = VESSELS | SCHEDULED_SERVICES
# What sinks: "the ferry sank", "the ship did not sink".
SHIPS = frozenset("boat ship vessel ferry dinghy barge trawler freighter yacht dhow".split())
# Parts of a building a strike may hit: "the upper floor of the hospital" is the hospital hit.
PART_OF_BUILDING = frozenset(
    "floor roof wing courtyard yard entrance ward storey section part territory ground premises".split()
)
# Places a strike may hit that are military when the words around them say so ("a deployment
# point of army units", "a drone workshop", "military facilities", "no military presence").
MILITARY_SITE_NOUNS = frozenset(
    """depot workshop headquarters hq post point position base warehouse launcher barracks facility
    site target object installation presence infrastructure concentration gathering storage""".split()
)
MILITARY_MARKS = frozenset(
    """military army weapon ammunition arms drone missile rocket deployment command troop militant
    terrorist combat""".split()
)
# What only a military site holds: "not a single weapon in the building".
ARMS_NOUNS = frozenset(["weapon", "ammunition", "arms", "munition"])
# What strikes, not who: a drone, a missile or a jet names no side unless its nationality is
# said ("the Y-12 aircraft bombed"; "fighters" are people).
WEAPON_NOUNS = frozenset("missile rocket shell bomb projectile munition debris fragment".split()) | (
    EQUIPMENT.keys() - {"tank", "fighter"}
)
# Weapons that either hit or are shot down: "drones struck the refinery" against "all the drones
# were shot down" (debris falls either way).
STRIKING_WEAPONS = {"drone": "drone", "uav": "drone", "missile": "missile", "rocket": "missile"}
# Areas in square metres: "burned 3,200 hectares", "a fire on 1,000 square metres".
# What is done to land rather than what befell it: "38,000 hectares had been sprayed" is not
# the area the locusts damaged, nor "planted 500 hectares" the area a flood covered.
WORKED = "worked"  # the subject of an area worked: "38,000 hectares had been sprayed"
AREA_WORKED_VERBS = frozenset(
    "spray treat fumigate survey plant sow harvest irrigate protect cultivate farm".split()
)
AREA_UNITS = {"hectare": 10_000.0, "acre": 4_046.86, "ha": 10_000.0}
SQUARE_UNITS = {"metre": 1.0, "meter": 1.0, "m": 1.0, "kilometre": 1e6, "kilometer": 1e6, "km": 1e6,
                "mile": 2.59e6, "foot": 0.0929, "feet": 0.0929, "yard": 0.836}


# Bodies a report names by a common noun ("the health ministry", "the regulator"): "it" in
# a sentence after one may be it, as after a named organisation.
BODY_NOUNS = frozenset(
    """ministry police army navy coastguard military government department agency commission authority council
    committee federation union office service court regulator inspectorate""".split()
)

# Capitalised words of the bodies and titles many unrelated reports name ("the Health
# Ministry", "National Police", "President"), and the particles many names begin with ("El Tarf"
# and "El Tule"): sharing one is no sign of sharing a story.
COMMON_NAME_WORDS = frozenset(
    """ministry minister police army government department agency national committee council
    union commission service office authority authorities health defence defense interior
    forces force state states federal republic party group news press president spokesman
    spokesperson spokeswoman general secretary prime chief director governor mayor court
    guard navy coast border security foreign affairs public people human rights international
    united nations central north south east west northern southern eastern western new
    province region city district county village street reuters afp ap efe
    el al la le de del da di du des dos das van von der den bin ibn abu san santa saint st""".split()
)

# The subject of a company measure that stands for the company: the company ("the firm"), its
# people ("2,400 staff will lose their jobs") or its stores ("38 stores will close").
NOT_AN_EMPLOYER = GENERIC_ORG_NOUNS | STAFF_NOUNS | STORE_NOUNS
# What closes or shrinks a company, whose "affected" employees lose their jobs ...
CLOSING_NOUNS = frozenset("closure shutdown restructuring reorganisation reorganization measure".split())
# Talks a company must hold before cutting jobs, by their kind ("change negotiations", Finland's
# "co-operation negotiations", "redundancy negotiations"): what they concern is jobs cut.
JOB_CUT_TALKS = frozenset("change co-operation cooperation redundancy layoff".split())
# ... and what a company does that costs jobs, as the subject of "cost": "the closure will cost
# 400 jobs" (the company's).
COMPANY_MOVE_NOUNS = PLAN_NOUNS | CLOSING_NOUNS | frozenset(["move", "decision"])
# ... and moves whose maker is not plainly the employer, which may be said to bring no job losses
# ("the tender would not lead to any job losses").
MOVES_WITH_CONSEQUENCES = frozenset(
    "merger takeover tender sale privatisation privatization outsourcing".split()
)
# Things tested for what is in them: "no salmonella in any of our products", "no lead in the
# water" (not a tank or a stock, whose contents come and go).
CONTAINING_THINGS = frozenset(
    "product sample batch lot water milk food formula cheese meat drink blood filling ingredient feed"
    " flour".split()
)
# What can be found in them: not "no room", "no interest", "no increase", "no evidence".
NOT_CONTAINED = frozenset(
    "room interest increase decrease value change shortage problem risk need reason evidence sign"
    " doubt difference plan".split()
)
