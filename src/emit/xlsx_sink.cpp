#include "emit/xlsx_sink.h"

#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/utf8.h"
#include "emit/flat_row.h"
#include "emit/output_file.h"

namespace salvo {

namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// s[i] is the '_' of a "_xHHHH_" that Excel would decode.
bool escape_at(std::string_view s, std::size_t i) {
  return s[i] == '_' && i + 7 <= s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X') && is_hex(s[i + 2]) &&
         is_hex(s[i + 3]) && is_hex(s[i + 4]) && is_hex(s[i + 5]) && s[i + 6] == '_';
}

constexpr std::string_view kEscapedUnderscore = "_x005F_";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Events go to a JSON Lines side file as they come (FILE.partial beside FILE,
// or a temporary file when FILE is a device); finish() reads them back into
// the workbook, written beside FILE and renamed over it. The side file is what
// an interrupted run leaves and a resumed one appends to: a workbook cannot be
// appended to, and rebuilding it from the same events gives the same bytes.
class XlsxSink final : public EventSink {
 public:
  XlsxSink(std::string path, std::unique_ptr<RowLayout> layout)
      : path_(std::move(path)), layout_(std::move(layout)), columns_(layout_->columns()) {}
  ~XlsxSink() override {
    if (wb_) lxw_workbook_free(wb_);  // never finished: write nothing
    side_.reset();
    if (temp_side_) ::unlink(side_path_.c_str());
  }

  Status open(const SinkOptions& opts) {
    created_ = opts.xlsx_created;
    if (writes_atomically(path_)) {
      auto side = OutputFile::open_atomic(path_, opts.resume_at);
      if (!side.ok()) return side.status();
      side_ = std::move(side).value();
      side_path_ = partial_path(path_);
      book_path_ = path_ + ".tmp";
      return {};
    }
    if (opts.resume_at) return Status::error("cannot resume output to " + path_ + ": not a regular file");
    // A device or FIFO: find one that cannot be written now, before the run (without truncating it).
    const int out = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK);
    if (out < 0) return Status::error("cannot open " + path_ + " for writing: " + std::strerror(errno));
    ::close(out);
    const char* tmp = std::getenv("TMPDIR");
    std::string name = std::string(tmp && *tmp ? tmp : "/tmp") + "/salvo-xlsx-XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return Status::error("cannot create a temporary file for " + path_ + ": " + std::strerror(errno));
    ::close(fd);
    side_path_ = name;
    temp_side_ = true;
    book_path_ = path_;
    auto side = OutputFile::open(side_path_);
    if (!side.ok()) return side.status();
    side_ = std::move(side).value();
    return {};
  }

  Status write(const Event& e) override {
    if (!side_) return Status::error("internal error: write after finish to " + path_);
    if (++rows_ >= kXlsxMaxRows) return too_many_rows();
    line_.clear();
    append_event_line(e, line_);
    return side_->append(line_);
  }

  Result<std::uint64_t> sync() override {
    if (!side_) return Status::error("internal error: sync after finish to " + path_);
    if (auto st = side_->flush(); !st.ok()) return st;
    return side_->size();
  }

  Status finish(const RunSummary& s) override {
    if (!side_) return Status::error("internal error: finish called twice on " + path_);
    Status st = side_->close();
    side_.reset();
    if (st.ok()) st = build(s);
    if (!st.ok()) {
      if (book_path_ != path_) ::unlink(book_path_.c_str());
      return st;
    }
    if (book_path_ == path_) return {};
    if (auto r = rename_over(book_path_, path_); !r.ok()) return r;
    ::unlink(side_path_.c_str());
    return {};
  }

 private:
  Status too_many_rows() const {
    return Status::error("cannot write " + path_ + ": an XLSX sheet holds at most " +
                         std::to_string(kXlsxMaxRows - 1) + " events; use CSV or JSON Lines");
  }

  // The workbook at book_path_: the header, a row for each event of the side
  // file, the autofilter and the summary sheet.
  Status build(const RunSummary& s) {
    if (auto st = start_book(); !st.ok()) return st;
    std::ifstream in(side_path_, std::ios::binary);
    if (!in) return Status::error("cannot read " + side_path_ + ": " + std::strerror(errno));
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
      const auto j = nlohmann::json::parse(line, nullptr, false);
      auto e = j.is_discarded() ? Result<Event>(Status::error("not JSON")) : event_from_json(j);
      if (!e.ok()) return Status::error(side_path_ + ":" + std::to_string(n) + ": " + e.status().message());
      if (row_ + 1 >= kXlsxMaxRows) return too_many_rows();
      ++row_;
      const std::vector<Cell> row = layout_->row(e.value());
      for (std::size_t c = 0; c < columns_.size(); ++c)
        if (auto st = write_cell(static_cast<lxw_col_t>(c), columns_[c].kind, row[c]); !st.ok()) return st;
    }
    if (in.bad()) return Status::error("cannot read " + side_path_);
    if (auto st = check(worksheet_autofilter(sheet_, 0, 0, row_, static_cast<lxw_col_t>(columns_.size() - 1)),
                        "setting the autofilter");
        !st.ok())
      return st;
    if (auto st = write_summary(s); !st.ok()) return st;
    errno = 0;
    const lxw_error rc = workbook_close(wb_);  // frees the workbook, whatever happens
    const int err = errno;
    wb_ = nullptr;
    if (rc != LXW_NO_ERROR) {
      std::string msg = "cannot write " + path_ + ": " + lxw_strerror(rc);
      if (err != 0) msg += std::string(" (") + std::strerror(err) + ")";
      return Status::error(msg);
    }
    return {};
  }

  // A new workbook at book_path_ with its sheets, formats and the header row.
  Status start_book() {
    lxw_workbook_options wopts{};
    wopts.constant_memory = LXW_TRUE;
    wb_ = workbook_new_opt(book_path_.c_str(), &wopts);
    if (!wb_) return Status::error("cannot create the XLSX workbook " + path_ + " (out of memory?)");
    lxw_doc_properties props{};
    char title[] = "Salvo events";
    props.title = title;
    props.created = static_cast<time_t>(created_);
    if (auto st = check(workbook_set_properties(wb_, &props), "setting document properties"); !st.ok()) return st;

    sheet_ = workbook_add_worksheet(wb_, "events");
    summary_ = workbook_add_worksheet(wb_, "summary");
    bold_ = workbook_add_format(wb_);
    date_ = workbook_add_format(wb_);
    if (!sheet_ || !summary_ || !bold_ || !date_) return Status::error("cannot set up the XLSX workbook " + path_);
    format_set_bold(bold_);
    format_set_num_format(date_, "yyyy-mm-dd");
    url_ = workbook_get_default_url_format(wb_);

    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      if (auto st = check(worksheet_set_column(sheet_, col, col, columns_[c].xlsx_width, nullptr), "setting widths");
          !st.ok())
        return st;
    }
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const std::string name(columns_[c].name);
      if (auto st = check(worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), name.c_str(), bold_),
                          "writing the header");
          !st.ok())
        return st;
    }
    worksheet_freeze_panes(sheet_, 1, 0);
    return {};
  }

  Status check(lxw_error rc, const char* what) const {
    if (rc == LXW_NO_ERROR) return {};
    return Status::error("cannot write " + path_ + ": " + what + ": " + lxw_strerror(rc));
  }

  Status write_text(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, std::string_view text, lxw_format* f) {
    const std::string t = xlsx_cell_text(text);
    return check(worksheet_write_string(ws, r, c, t.c_str(), f), "writing a cell");
  }

  Status write_cell(lxw_col_t c, CellKind kind, const Cell& cell) {
    if (cell.empty()) return {};  // unknown: an empty cell
    switch (kind) {
      case CellKind::integer:
      case CellKind::real:
        return check(worksheet_write_number(sheet_, row_, c, cell.number, nullptr), "writing a number");
      case CellKind::date: {
        const auto d = parse_iso_date(cell.text);
        if (!d || d->year < 1900) return write_text(sheet_, row_, c, cell.text, nullptr);  // Excel has no such date
        lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0.0};
        return check(worksheet_write_datetime(sheet_, row_, c, &dt, date_), "writing a date");
      }
      case CellKind::url:
        if (urls_ < kXlsxMaxUrls && xlsx_linkable_url(cell.text)) {
          const std::string shown = xlsx_cell_text(cell.text);
          const std::string target = xlsx_link_target(cell.text);
          if (worksheet_write_url_opt(sheet_, row_, c, target.c_str(), url_, shown.c_str(), nullptr) ==
              LXW_NO_ERROR) {
            ++urls_;
            return {};
          }
          // Rejected as a link (e.g. too long once escaped): keep it as text.
        }
        return write_text(sheet_, row_, c, cell.text, nullptr);
      case CellKind::text:
        return write_text(sheet_, row_, c, cell.text, nullptr);
    }
    return {};
  }

  Status write_summary(const RunSummary& s) {
    lxw_row_t r = 0;
    Status st;
    auto key = [&](std::string_view k) {
      if (st.ok()) st = write_text(summary_, r, 0, k, bold_);
    };
    auto text = [&](std::string_view k, std::string_view v) {
      key(k);
      if (st.ok() && !v.empty()) st = write_text(summary_, r, 1, v, nullptr);
      ++r;
    };
    auto number = [&](std::string_view k, double v) {
      key(k);
      if (st.ok()) st = check(worksheet_write_number(summary_, r, 1, v, nullptr), "writing the summary");
      ++r;
    };
    if (auto rc = worksheet_set_column(summary_, 0, 0, 22, nullptr); rc != LXW_NO_ERROR)
      return check(rc, "setting widths");
    if (auto rc = worksheet_set_column(summary_, 1, 1, 60, nullptr); rc != LXW_NO_ERROR)
      return check(rc, "setting widths");
    text("salvo version", s.salvo_version);
    text("rules version", s.rules_version);
    if (s.inputs.empty()) text("input file", "");
    for (const auto& in : s.inputs) text("input file", in == "-" ? "standard input" : in);
    number("articles", static_cast<double>(s.articles));
    number("rejected records", static_cast<double>(s.rejected));
    number("events", static_cast<double>(s.events));
    if (s.seconds) number("seconds", *s.seconds);
    else text("seconds", "");
    ++r;
    text("events by type", "");
    for (const auto& [type, n] : s.by_type) number(type.empty() ? "(unknown)" : type, static_cast<double>(n));
    ++r;
    text("events by country", "");
    for (const auto& [country, n] : s.by_country)
      number(country.empty() ? "(unknown)" : country, static_cast<double>(n));
    return st;
  }

  std::string path_;
  std::unique_ptr<RowLayout> layout_;
  std::span<const Column> columns_;
  std::int64_t created_ = 0;
  std::unique_ptr<OutputFile> side_;  // the events as JSON Lines, until finish()
  std::string side_path_;
  bool temp_side_ = false;  // side_path_ is a temporary file (FILE is a device): always removed
  std::string book_path_;   // where the workbook is written: beside path_, or path_ itself
  std::string line_;        // reused for each event's JSON line
  std::uint32_t rows_ = 0;  // events written by this process (a resumed file holds more)
  lxw_workbook* wb_ = nullptr;
  lxw_worksheet* sheet_ = nullptr;
  lxw_worksheet* summary_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* url_ = nullptr;
  lxw_row_t row_ = 0;  // last row written (0 = header)
  std::size_t urls_ = 0;
};

}  // namespace

std::string xlsx_cell_text(std::string_view in) {
  std::string repaired;
  if (!is_valid_utf8(in)) {
    repaired.assign(in);
    repair_utf8(repaired);
    in = repaired;
  }
  // Cost of each character against Excel's limit: its UTF-16 length, plus the
  // six characters an escaped underscore adds in the file.
  auto cost_at = [&](std::size_t i, std::size_t len) -> std::size_t {
    return (len == 4 ? 2 : 1) + (escape_at(in, i) ? kEscapedUnderscore.size() - 1 : 0);
  };
  std::size_t total = 0;
  for (std::size_t i = 0; i < in.size();) {
    const auto len = static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(in[i])));
    total += cost_at(i, len);
    i += len;
  }
  const bool cut = total > kXlsxMaxCellUnits;
  const std::size_t budget = cut ? kXlsxMaxCellUnits - 1 : total;  // 1 for the ellipsis
  std::string out;
  out.reserve(in.size() + 16);
  std::size_t used = 0;
  for (std::size_t i = 0; i < in.size();) {
    const auto len = static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(in[i])));
    const std::size_t cost = cost_at(i, len);
    if (used + cost > budget) break;
    used += cost;
    if (escape_at(in, i))
      out += kEscapedUnderscore;
    else
      out.append(in.substr(i, len));
    i += len;
  }
  if (cut) out += kEllipsis;
  return out;
}

std::string xlsx_link_target(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(url.size());
  for (char ch : url) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += ch;
    }
  }
  return out;
}

bool xlsx_linkable_url(std::string_view url) {
  if (url.empty()) return false;
  if (!(starts_with_ci(url, "http://") || starts_with_ci(url, "https://") || starts_with_ci(url, "ftp://") ||
        starts_with_ci(url, "mailto:")))
    return false;
  // The length Excel sees: non-ASCII bytes and the characters libxlsxwriter
  // escapes become %XX.
  std::size_t len = 0;
  for (char ch : url) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7f) return false;
    len += (c >= 0x80 || std::strchr(" \"<>\\[]^`{|}", ch) != nullptr) ? 3 : 1;
  }
  return len <= kXlsxMaxUrlLength;
}

Result<std::unique_ptr<EventSink>> open_xlsx_sink(const SinkOptions& opts, std::unique_ptr<RowLayout> layout) {
  if (is_stdout_path(opts.path))
    return Status::error(
        "XLSX cannot be written to standard output (an .xlsx file is a zip archive); "
        "use -o FILE.xlsx, or --format csv for a pipe");
  if (!layout) layout = salvo_layout();
  auto sink = std::make_unique<XlsxSink>(opts.path, std::move(layout));
  if (auto st = sink->open(opts); !st.ok()) return st;
  return std::unique_ptr<EventSink>(std::move(sink));
}

}  // namespace salvo
