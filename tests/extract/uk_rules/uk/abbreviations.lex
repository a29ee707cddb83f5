# tests/extract/uk_rules/uk/abbreviations.lex — words with a full stop that does
# not end the sentence (see triggers.rules beside it): "м. Харків" (the city of Kharkiv).

[abbreviations]
м.
