#include "support/normalize.hpp"

#include <utf8proc.h>

#include <cstdlib>

namespace aser {
namespace {

bool is_apostrophe(utf8proc_int32_t c) {
  return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x0060 || c == 0x00B4 || c == 0x2032 ||
         c == 0x02B9 || c == 0xFF07;
}

bool is_space(utf8proc_int32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
  return utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;  // no-break and other spaces
}

}  // namespace

std::string normalize_label(const std::string& text) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  if (length < 0) return text;
  std::string out;
  bool pending_space = false;
  for (utf8proc_ssize_t at = 0; at < length;) {
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(mapped + at, length - at, &c);
    if (n <= 0) break;  // utf8proc_map's output is valid UTF-8
    at += n;
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (is_apostrophe(c)) c = '\'';
    utf8proc_uint8_t buffer[4];
    const utf8proc_ssize_t size = utf8proc_encode_char(c, buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
  }
  std::free(mapped);
  return out;
}

}  // namespace aser
