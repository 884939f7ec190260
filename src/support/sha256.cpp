#include "support/sha256.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace aser {

namespace {

// OpenSSL, by default, frees its state in an exit handler. Files are hashed
// on run_together's kept threads, which are joined later, by a static's
// destructor: the state of each thread (its error queue, a few hundred bytes)
// was then never freed, and a thread that had hashed a file could end after
// OpenSSL was gone. Without the handler, each thread frees its own state as
// it ends, and OpenSSL's shared state lasts as long as the process.
bool openssl_ready() {
  static const bool ready = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
  return ready;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  if (!openssl_ready()) throw std::runtime_error("OpenSSL could not start");  // internal error
  // The digest is fetched once and each thread keeps one context: EVP_Digest
  // fetched the algorithm from OpenSSL's providers and made a context on
  // every call, a quarter of the hashing of a 600-byte bid.
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
      EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (sha256 == nullptr || !context || EVP_DigestInit_ex2(context.get(), sha256, nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1)
    throw std::runtime_error("sha256 failed");  // only on an OpenSSL failure: internal error
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(2 * length, '0');
  for (unsigned int i = 0; i < length; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace aser
