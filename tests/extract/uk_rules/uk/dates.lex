# tests/extract/uk_rules/uk/dates.lex — date words (see triggers.rules beside it).
# Month names are written in the genitive of a date ("3 березня"), weekdays as
# after "в"/"у" ("в понеділок"), all in lower case as Ukrainian writes them.

[months]
березня @3

[weekdays]
понеділок @1

[relative days]
вчора @-1

[relative periods]
# none needed by the tests (the section itself is required)
