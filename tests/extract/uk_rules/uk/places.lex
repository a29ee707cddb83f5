# tests/extract/uk_rules/uk/places.lex — Ukrainian spellings of places the
# gazetteer (rules/places, Latin names) knows, in the format of
# rules/places/places.lex [aliases]. Ukrainian declines place names, so each
# form the news writes is one line: "по Харкову" (dative), "у Харкові" (locative).

[aliases]
Харкову @Kharkiv @UA
Харкові @Kharkiv @UA
