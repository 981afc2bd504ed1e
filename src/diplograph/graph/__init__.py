"""The graph stage: curated sources -> facts -> triples -> named graphs -> direct relations -> files.

Modules, in the order the data flows: :mod:`.sources` (read and check the curated YAML), :mod:`.store`
(extracted documents in the same format), :mod:`.merge` (extracted into curated), :mod:`.facttypes` (what
identifies a fact), :mod:`.mapping` (record fields to RDF terms), :mod:`.triples` (facts to triples),
:mod:`.rules` (materialise the direct relations), :mod:`.dataset` (assemble the named graphs),
:mod:`.validate` (SHACL), :mod:`.stats` (counts), :mod:`.io` (``load`` / ``dump`` in every RDF format).
"""
