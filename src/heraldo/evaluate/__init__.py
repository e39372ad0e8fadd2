"""Accuracy against annotated data.

- ``heraldo.evaluate.events``: code gold records and score their events, with exactly the
  numbers of ``shared/eval/score.py`` (``heraldo evaluate``);
- ``heraldo.evaluate.mentions``: judge resolved actor mentions against hand-annotated
  samples of a corpus (``scripts/sample_mentions.py``, ``tests/actors/test_mention_sample.py``).

The subpackage imports nothing itself, so that reading the scorer does not load spaCy.
"""
