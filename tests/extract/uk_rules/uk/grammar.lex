# tests/extract/uk_rules/uk/grammar.lex — function words of the small Ukrainian
# test language (see triggers.rules). A place after one of these is where the
# strike was: a weak word ("удар") is placed only where the text says so.

[place_before]
по
