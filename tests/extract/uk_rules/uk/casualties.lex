# tests/extract/uk_rules/uk/casualties.lex — killed and injured (see triggers.rules beside it).

[killed]
вбив
вбила

[injured]
поранив
