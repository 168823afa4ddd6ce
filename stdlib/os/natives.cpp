// The natives of package os. Output goes to the Machine's sinks (the host decides where
// stdout and stderr go); os.Exit asks the Machine to stop the program.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"

namespace weft::stdlib {
namespace {

// func runtimeArgs() []string
NativeResult runtimeArgs(NativeCall& call) {
  call.results[0] = stringSliceWord(call, call.machine.options().args);
  return NativeResult::Done;
}

// func Exit(code int)
NativeResult exitProgram(NativeCall& call) {
  call.machine.requestExit(static_cast<int>(argInt(call, 0)));
  return NativeResult::Done;
}

// func LookupEnv(key string) (string, bool)
NativeResult lookupEnv(NativeCall& call) {
  std::string key(argString(call, 0));
  const char* v = std::getenv(key.c_str());
  call.results[0] = v ? stringWord(call, v) : 0;
  call.results[1] = v != nullptr;
  return NativeResult::Done;
}

void writeFd(NativeCall& call, int64_t fd, std::string_view s) {
  if (fd == 2) {
    call.machine.writeErr(s);
  } else {
    call.machine.writeOut(s);
  }
}

// func writeBytes(fd int, b []byte)
NativeResult writeBytes(NativeCall& call) {
  writeFd(call, argInt(call, 0), bytesOf(argSlice(call, 1)));
  return NativeResult::Done;
}

// func writeString(fd int, s string)
NativeResult writeString(NativeCall& call) {
  writeFd(call, argInt(call, 0), argString(call, 1));
  return NativeResult::Done;
}

// func readStdin(b []byte) int: one read(2) from the process's standard input (it blocks the
// worker thread while waiting).
NativeResult readStdin(NativeCall& call) {
  const vm::SliceHeader* b = argSlice(call, 0);
  std::string buf(static_cast<std::size_t>(b ? b->len : 0), '\0');
  ssize_t n;
  do {
    n = ::read(0, buf.data(), buf.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) n = 0;
  for (ssize_t i = 0; i < n; i++)
    b->data[i] = static_cast<uint8_t>(buf[static_cast<std::size_t>(i)]);
  call.results[0] = static_cast<Word>(n);
  return NativeResult::Done;
}

// func readFile(name string) ([]byte, int)
NativeResult readFile(NativeCall& call) {
  std::string name(argString(call, 0));
  call.results[0] = 0;
  call.results[1] = 0;
  int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    call.results[1] = static_cast<Word>(errno);
    return NativeResult::Done;
  }
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      call.results[1] = static_cast<Word>(e);
      return NativeResult::Done;
    }
    if (n == 0) break;
    data.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  call.results[0] = byteSliceWord(call, data);
  return NativeResult::Done;
}

// func writeFile(name string, data []byte, perm uint32) int
NativeResult writeFile(NativeCall& call) {
  std::string name(argString(call, 0));
  std::string data = bytesOf(argSlice(call, 1));
  int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                  static_cast<mode_t>(argUint(call, 2) & 07777));
  if (fd < 0) {
    call.results[0] = static_cast<Word>(errno);
    return NativeResult::Done;
  }
  std::size_t off = 0;
  while (off < data.size()) {
    ssize_t n = ::write(fd, data.data() + off, data.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      call.results[0] = static_cast<Word>(e);
      return NativeResult::Done;
    }
    off += static_cast<std::size_t>(n);
  }
  call.results[0] = ::close(fd) == 0 ? 0 : static_cast<Word>(errno);
  return NativeResult::Done;
}

// func errnoText(errno int) string: Go's texts are strerror's with a lower-case first letter.
NativeResult errnoText(NativeCall& call) {
  int e = static_cast<int>(argInt(call, 0));
  char buf[256];
  std::string s = strerror_r(e, buf, sizeof buf);
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z' && !(s.size() > 1 && s[1] >= 'A' && s[1] <= 'Z'))
    s[0] = static_cast<char>(s[0] - 'A' + 'a');
  call.results[0] = stringWord(call, s);
  return NativeResult::Done;
}

}  // namespace

void registerOs(vm::NativeRegistry& r) {
  r.add("os.runtimeArgs", runtimeArgs);
  r.add("os.Exit", exitProgram);
  r.add("os.LookupEnv", lookupEnv);
  r.add("os.writeBytes", writeBytes);
  r.add("os.writeString", writeString);
  r.add("os.readStdin", readStdin);
  r.add("os.readFile", readFile);
  r.add("os.writeFile", writeFile);
  r.add("os.errnoText", errnoText);
}

}  // namespace weft::stdlib
