#include "report/chart_runtime.hpp"

#include "app/sha256.hpp"
#include "report/html_text.hpp"

namespace polyfon::report {

namespace {

// Base64 of the bytes the hex digits spell; CSP hash sources are base64, our SHA-256 helper hex.
std::string HexToBase64(const std::string& hex) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

}  // namespace

std::string_view ChartRuntime() {
  std::span<const app::BundledFile> files = app::ReportChartFiles();
  return files.empty() ? std::string_view() : files.front().content;
}

const std::string& ChartRuntimeCspSource() {
  static const std::string source = "'sha256-" + HexToBase64(app::Sha256Hex(EscapeScript(ChartRuntime()))) + "'";
  return source;
}

}  // namespace polyfon::report
