#!/usr/bin/env python3
"""tools/grammar_stats.py's word classification on sources written here: a
"..."_name literal is a name only when rules/ or schemas/ define it, messages
and stdio modes are no words, and a plain literal is English."""
import pathlib
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import grammar_stats as gs  # noqa: E402


class Classification(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = pathlib.Path(cls.tmp.name)
        (root / "rules" / "en").mkdir(parents=True)
        (root / "schemas").mkdir()
        (root / "rules" / "en" / "numbers.lex").write_text(
            "[at least]\nat least\n[place.title]\ncheck = places\nexample = x => y\n"
            "# kind = settlement | region\nkind = district\nMoscow @capital\n")
        (root / "schemas" / "e.schema.json").write_text('{"properties": {"killed": {"enum": ["hit"]}}}')
        gs.FORMAT_NAMES.clear()
        gs.FORMAT_NAMES.update(gs.format_names(root))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def prose(self, code):
        return gs.english_words(code)[1]

    def test_a_defined_name_is_no_word(self):
        for lit in ('"at least"_name', '"check"_name', '"places"_name', '"capital"_name', '"district"_name',
                    '"region"_name', '"killed"_name', '"hit"_name', '"en"_name'):
            self.assertEqual(self.prose(f"auto x = {lit};"), set(), lit)

    def test_a_marked_word_found_nowhere_is_english(self):
        self.assertEqual(self.prose('auto x = "the"_name;'), {"the"})
        self.assertEqual(self.prose('auto x = "at most"_name;'), {"at", "most"})

    def test_a_plain_literal_is_english(self):
        self.assertEqual(self.prose('if (w == "at least") f();'), {"at", "least"})

    def test_messages_modes_and_formats_are_no_words(self):
        self.assertEqual(self.prose('return Status::error("damaged index");'), set())
        self.assertEqual(self.prose('why = "not a regular file";'), set())
        self.assertEqual(self.prose('std::FILE* f = std::fopen(p, "rb");'), set())
        self.assertEqual(self.prose('std::snprintf(buf, n, "%016llx", h);'), set())
        self.assertEqual(self.prose('auto m = "rb";'), {"rb"})  # not a mode where no file is opened

    def test_identifiers_are_no_words(self):
        self.assertEqual(self.prose('auto id = "place.water_of";'), set())


if __name__ == "__main__":
    unittest.main()
