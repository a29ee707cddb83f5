#include "emit/xlsx_sink.h"

#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstring>

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

class XlsxSink final : public EventSink {
 public:
  XlsxSink(std::string path, std::unique_ptr<RowLayout> layout)
      : path_(std::move(path)), layout_(std::move(layout)), columns_(layout_->columns()) {}
  ~XlsxSink() override {
    if (wb_) lxw_workbook_free(wb_);  // never finished: write nothing
  }

  Status open(const SinkOptions& opts) {
    // libxlsxwriter only creates the file when the workbook is closed; find an
    // unwritable path now, before the run, not after it.
    const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return Status::error("cannot open " + path_ + " for writing: " + std::strerror(errno));
    ::close(fd);

    lxw_workbook_options wopts{};
    wopts.constant_memory = LXW_TRUE;
    wb_ = workbook_new_opt(path_.c_str(), &wopts);
    if (!wb_) return Status::error("cannot create the XLSX workbook " + path_ + " (out of memory?)");
    lxw_doc_properties props{};
    char title[] = "Salvo events";
    props.title = title;
    props.created = static_cast<time_t>(opts.xlsx_created);
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

  Status write(const Event& e) override {
    if (!error_.ok()) return error_;
    if (!wb_) return Status::error("internal error: write after finish to " + path_);
    if (row_ + 1 >= kXlsxMaxRows)
      return error_ = Status::error("cannot write " + path_ + ": an XLSX sheet holds at most " +
                                    std::to_string(kXlsxMaxRows - 1) + " events; use CSV or JSON Lines");
    ++row_;
    const std::vector<Cell> row = layout_->row(e);
    for (std::size_t c = 0; c < columns_.size(); ++c)
      if (auto st = write_cell(static_cast<lxw_col_t>(c), columns_[c].kind, row[c]); !st.ok()) return error_ = st;
    return {};
  }

  Status finish(const RunSummary& s) override {
    if (!wb_) return error_.ok() ? Status::error("internal error: finish called twice on " + path_) : error_;
    if (error_.ok()) error_ = check(worksheet_autofilter(sheet_, 0, 0, row_, static_cast<lxw_col_t>(columns_.size() - 1)), "setting the autofilter");
    if (error_.ok()) error_ = write_summary(s);
    if (!error_.ok()) return error_;
    errno = 0;
    const lxw_error rc = workbook_close(wb_);  // frees the workbook, whatever happens
    const int err = errno;
    wb_ = nullptr;
    if (rc != LXW_NO_ERROR) {
      std::string msg = "cannot write " + path_ + ": " + lxw_strerror(rc);
      if (err != 0) msg += std::string(" (") + std::strerror(err) + ")";
      return error_ = Status::error(msg);
    }
    return {};
  }

 private:
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
    number("seconds", s.seconds);
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
  lxw_workbook* wb_ = nullptr;
  lxw_worksheet* sheet_ = nullptr;
  lxw_worksheet* summary_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* url_ = nullptr;
  lxw_row_t row_ = 0;  // last row written (0 = header)
  std::size_t urls_ = 0;
  Status error_;
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
