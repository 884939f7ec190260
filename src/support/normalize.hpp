// Text as a person means it, for matching labels a bidder typed (issue 9):
// Word's curly apostrophe, a capital letter or a double space must not turn
// "plan d'action" into an unknown label.
#pragma once

#include <string>

namespace aser {

/// `text` in Unicode NFC, case-folded, every apostrophe-like character
/// (’ ‘ ʼ ` ´ ′) read as ', every run of white space (spaces, tabs, no-break
/// spaces) read as one space, and no space at either end. Text that is not
/// valid UTF-8 is returned unchanged.
std::string normalize_label(const std::string& text);

}  // namespace aser
