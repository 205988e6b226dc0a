"""claimwatch's pure core: cleaning, extraction and detection, with no Kafka in sight.

Pipeline order: `clean` -> `extract` (spaCy) -> `detect` (against a store of earlier claims).
`pipeline.Pipeline` chains them for the broker-free `claimwatch check` mode; the Faust agents
in `agents/` call the same functions.
"""
