// The LSP base protocol over a pair of file descriptors: messages framed by a
// `Content-Length: N\r\n\r\n` header block, bodies of exactly N bytes.
//
// Reading is forgiving, because a server must outlive any client: header names are matched
// case-insensitively, a bare "\n" ends a header line as well as "\r\n", unknown headers are
// ignored, and a header block without a usable Content-Length (or with bytes that are not a
// header at all) is reported as a framing error rather than ending the session. Bytes before a
// `Content-Length` on the same line (the tail of a body whose length was understated) are skipped,
// which resynchronises on the next message.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace weft::lsp {

class MessageReader {
 public:
  explicit MessageReader(int fd) : fd_(fd) {}

  enum class Status { Message, FramingError, End };
  struct Result {
    Status status = Status::End;
    std::string body;   // Status::Message
    std::string error;  // Status::FramingError: what was wrong
  };

  // Blocks until a whole message, a framing error, or the end of input.
  Result read();
  // True when a read() would not block: input is buffered or the descriptor is readable.
  bool pending() const;

  // Bodies larger than this are refused (and skipped) instead of being buffered.
  static constexpr std::size_t kMaxBody = std::size_t(256) << 20;

 private:
  bool fill();                            // reads more input into buf_; false at end of input
  std::optional<std::string> readLine();  // one header line without its terminator
  bool readBody(std::size_t n, std::string& out);

  int fd_;
  std::string buf_;
  std::size_t pos_ = 0;  // first unconsumed byte of buf_
  bool eof_ = false;
};

class MessageWriter {
 public:
  explicit MessageWriter(int fd) : fd_(fd) {}
  // Writes one framed message; false once the peer is gone (EPIPE and the like).
  bool write(std::string_view body);

 private:
  bool writeAll(std::string_view bytes);
  int fd_;
  bool broken_ = false;
};

}  // namespace weft::lsp
