#include "cli/lsp/transport.hpp"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>

namespace weft::lsp {

namespace {

constexpr std::size_t kMaxHeaderLine = std::size_t(1) << 16;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The decimal number after "Content-Length:" (spaces allowed around it); nullopt if malformed.
std::optional<std::size_t> parseLength(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) i++;
  std::size_t start = i, n = 0;
  for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); i++) {
    if (n > (std::size_t(1) << 40)) return std::nullopt;  // absurd: do not overflow
    n = n * 10 + std::size_t(s[i] - '0');
  }
  if (i == start) return std::nullopt;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) i++;
  if (i != s.size()) return std::nullopt;
  return n;
}

}  // namespace

bool MessageReader::fill() {
  if (eof_) return false;
  if (pos_ > 0 && pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  } else if (pos_ > (std::size_t(1) << 20)) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  char chunk[65536];
  for (;;) {
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n > 0) {
      buf_.append(chunk, std::size_t(n));
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    eof_ = true;
    return false;
  }
}

bool MessageReader::pending() const {
  if (pos_ < buf_.size()) return true;
  if (eof_) return false;
  pollfd p{fd_, POLLIN, 0};
  return ::poll(&p, 1, 0) > 0;
}

std::optional<std::string> MessageReader::readLine() {
  std::size_t scanned = pos_;
  for (;;) {
    auto nl = buf_.find('\n', scanned);
    if (nl != std::string::npos) {
      std::string line = buf_.substr(pos_, nl - pos_);
      pos_ = nl + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
    if (buf_.size() - pos_ > kMaxHeaderLine) {  // not a header: hand it over as junk
      std::string line = buf_.substr(pos_, kMaxHeaderLine);
      pos_ += kMaxHeaderLine;
      return line;
    }
    scanned = buf_.size();
    std::size_t before = pos_;
    if (!fill()) {
      if (pos_ == buf_.size()) return std::nullopt;
      std::string line = buf_.substr(pos_);  // an unterminated last line
      pos_ = buf_.size();
      return line;
    }
    scanned -= before - pos_;  // fill() may have moved the unconsumed bytes to the front
  }
}

bool MessageReader::readBody(std::size_t n, std::string& out) {
  while (buf_.size() - pos_ < n) {
    if (out.empty() && n > kMaxBody) {  // discard as it arrives
      n -= buf_.size() - pos_;
      pos_ = buf_.size();
      if (!fill()) return false;
      continue;
    }
    if (!fill()) return false;
  }
  if (n <= kMaxBody) out.assign(buf_, pos_, n);
  pos_ += n;
  return true;
}

MessageReader::Result MessageReader::read() {
  std::optional<std::size_t> length;
  bool badLength = false, junk = false, anyLine = false;
  for (;;) {
    std::optional<std::string> line = readLine();
    if (!line) {
      if (anyLine) return {Status::FramingError, {}, "end of input inside a header block"};
      return {Status::End, {}, {}};
    }
    if (line->empty()) {
      if (!anyLine) continue;  // stray blank lines between messages
      break;
    }
    anyLine = true;
    std::string low = lower(*line);
    auto at = low.find("content-length:");
    if (at != std::string::npos) {
      // Text before the header on its line is the tail of a previous, mis-sized body.
      auto n = parseLength(std::string_view(*line).substr(at + 15));
      if (n) {
        length = n;
        badLength = false;
      } else {
        badLength = true;
      }
    } else if (line->find(':') == std::string::npos) {
      junk = true;
    }
  }
  if (!length || badLength) {
    if (badLength) return {Status::FramingError, {}, "invalid Content-Length header"};
    return {Status::FramingError,
            {},
            junk ? "malformed header block" : "header block without Content-Length"};
  }
  Result r{Status::Message, {}, {}};
  if (!readBody(*length, r.body)) return {Status::End, {}, {}};
  if (*length > kMaxBody) return {Status::FramingError, {}, "message too large"};
  return r;
}

bool MessageWriter::writeAll(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(std::size_t(n));
  }
  return true;
}

bool MessageWriter::write(std::string_view body) {
  if (broken_) return false;
  std::string frame = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  frame.append(body);
  if (!writeAll(frame)) broken_ = true;
  return !broken_;
}

}  // namespace weft::lsp
