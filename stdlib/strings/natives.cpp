// The natives of package strings (thin wrappers over text.hpp).
#include <limits>

#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"
#include "stdlib/strings/text.hpp"

namespace weft::stdlib {
namespace {

// Results that are substrings of an argument reuse the argument when they are all of it.
Word substringWord(NativeCall& call, int arg, std::string_view sub) {
  std::string_view whole = argString(call, arg);
  if (sub.size() == whole.size()) return call.args[arg];
  return stringWord(call, sub);
}

Word boolWord(bool b) {
  return b ? 1 : 0;
}
Word intWord(int64_t v) {
  return static_cast<Word>(v);
}

NativeResult compare(NativeCall& call) {
  int c = argString(call, 0).compare(argString(call, 1));
  call.results[0] = intWord(c < 0 ? -1 : c > 0 ? 1 : 0);
  return NativeResult::Done;
}
NativeResult contains(NativeCall& call) {
  call.results[0] = boolWord(text::index(argString(call, 0), argString(call, 1)) >= 0);
  return NativeResult::Done;
}
NativeResult containsAny(NativeCall& call) {
  call.results[0] = boolWord(text::indexAny(argString(call, 0), argString(call, 1)) >= 0);
  return NativeResult::Done;
}
NativeResult containsRune(NativeCall& call) {
  call.results[0] =
      boolWord(text::indexRune(argString(call, 0), static_cast<int32_t>(argInt(call, 1))) >= 0);
  return NativeResult::Done;
}
NativeResult count(NativeCall& call) {
  call.results[0] = intWord(text::count(argString(call, 0), argString(call, 1)));
  return NativeResult::Done;
}
NativeResult equalFold(NativeCall& call) {
  call.results[0] = boolWord(text::equalFold(argString(call, 0), argString(call, 1)));
  return NativeResult::Done;
}
NativeResult fields(NativeCall& call) {
  call.results[0] = stringSliceWord(call, text::fields(argString(call, 0)));
  return NativeResult::Done;
}
NativeResult hasPrefix(NativeCall& call) {
  call.results[0] = boolWord(argString(call, 0).starts_with(argString(call, 1)));
  return NativeResult::Done;
}
NativeResult hasSuffix(NativeCall& call) {
  call.results[0] = boolWord(argString(call, 0).ends_with(argString(call, 1)));
  return NativeResult::Done;
}
NativeResult index(NativeCall& call) {
  call.results[0] = intWord(text::index(argString(call, 0), argString(call, 1)));
  return NativeResult::Done;
}
NativeResult indexAny(NativeCall& call) {
  call.results[0] = intWord(text::indexAny(argString(call, 0), argString(call, 1)));
  return NativeResult::Done;
}
NativeResult indexByte(NativeCall& call) {
  std::size_t i = argString(call, 0).find(static_cast<char>(argUint(call, 1)));
  call.results[0] = intWord(i == std::string_view::npos ? -1 : static_cast<int64_t>(i));
  return NativeResult::Done;
}
NativeResult indexRune(NativeCall& call) {
  call.results[0] =
      intWord(text::indexRune(argString(call, 0), static_cast<int32_t>(argInt(call, 1))));
  return NativeResult::Done;
}
NativeResult lastIndex(NativeCall& call) {
  call.results[0] = intWord(text::lastIndex(argString(call, 0), argString(call, 1)));
  return NativeResult::Done;
}
NativeResult lastIndexAny(NativeCall& call) {
  call.results[0] = intWord(text::lastIndexAny(argString(call, 0), argString(call, 1)));
  return NativeResult::Done;
}
NativeResult lastIndexByte(NativeCall& call) {
  std::size_t i = argString(call, 0).rfind(static_cast<char>(argUint(call, 1)));
  call.results[0] = intWord(i == std::string_view::npos ? -1 : static_cast<int64_t>(i));
  return NativeResult::Done;
}

// func Join(elems []string, sep string) string
NativeResult join(NativeCall& call) {
  const vm::SliceHeader* elems = argSlice(call, 0);
  std::string_view sep = argString(call, 1);
  int64_t n = elems ? elems->len : 0;
  if (n == 1) {
    call.results[0] = elems->data[0];
    return NativeResult::Done;
  }
  std::string out;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) out.append(sep);
    out.append(vm::view(reinterpret_cast<const vm::String*>(elems->data[i])));
  }
  call.results[0] = stringWord(call, out);
  return NativeResult::Done;
}

// func Repeat(s string, count int) string
NativeResult repeat(NativeCall& call) {
  std::string_view s = argString(call, 0);
  int64_t n = argInt(call, 1);
  if (n < 0) {
    call.panicString("strings: negative Repeat count");
    return NativeResult::Done;
  }
  if (n > 0 && s.size() > 0 &&
      static_cast<uint64_t>(n) >
          static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) / s.size()) {
    call.panicString("strings: Repeat output length overflow");
    return NativeResult::Done;
  }
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int64_t i = 0; i < n; i++) out.append(s);
  call.results[0] = stringWord(call, out);
  return NativeResult::Done;
}

// func Replace(s, old, new string, n int) string
NativeResult replace(NativeCall& call) {
  std::string_view s = argString(call, 0);
  std::string out = text::replace(s, argString(call, 1), argString(call, 2), argInt(call, 3));
  call.results[0] = out == s ? call.args[0] : stringWord(call, out);
  return NativeResult::Done;
}

template <bool after, bool withN>
NativeResult split(NativeCall& call) {
  bool isNil;
  auto parts = text::split(argString(call, 0), argString(call, 1), after,
                           withN ? argInt(call, 2) : -1, isNil);
  call.results[0] = isNil ? 0 : stringSliceWord(call, parts);
  return NativeResult::Done;
}

template <text::CaseMap c>
NativeResult mapCase(NativeCall& call) {
  bool changed;
  std::string out = text::mapCase(argString(call, 0), c, changed);
  call.results[0] = changed ? stringWord(call, out) : call.args[0];
  return NativeResult::Done;
}

NativeResult title(NativeCall& call) {
  bool changed;
  std::string out = text::title(argString(call, 0), changed);
  call.results[0] = changed ? stringWord(call, out) : call.args[0];
  return NativeResult::Done;
}

NativeResult toValidUTF8(NativeCall& call) {
  call.results[0] = stringWord(call, text::toValidUTF8(argString(call, 0), argString(call, 1)));
  return NativeResult::Done;
}

template <bool left, bool right>
NativeResult trim(NativeCall& call) {
  call.results[0] =
      substringWord(call, 0, text::trim(argString(call, 0), argString(call, 1), left, right));
  return NativeResult::Done;
}

NativeResult trimSpace(NativeCall& call) {
  call.results[0] = substringWord(call, 0, text::trimSpace(argString(call, 0)));
  return NativeResult::Done;
}

// func replace(oldnew []string, s string) string
NativeResult replacerReplace(NativeCall& call) {
  const vm::SliceHeader* pairs = argSlice(call, 0);
  std::vector<std::string_view> oldnew;
  for (int64_t i = 0; pairs && i < pairs->len; i++)
    oldnew.push_back(vm::view(reinterpret_cast<const vm::String*>(pairs->data[i])));
  std::string_view s = argString(call, 1);
  std::string out = text::replacePairs(oldnew, s);
  call.results[0] = out == s ? call.args[1] : stringWord(call, out);
  return NativeResult::Done;
}

}  // namespace

void registerStrings(vm::NativeRegistry& r) {
  r.add("strings.Compare", compare);
  r.add("strings.Contains", contains);
  r.add("strings.ContainsAny", containsAny);
  r.add("strings.ContainsRune", containsRune);
  r.add("strings.Count", count);
  r.add("strings.EqualFold", equalFold);
  r.add("strings.Fields", fields);
  r.add("strings.HasPrefix", hasPrefix);
  r.add("strings.HasSuffix", hasSuffix);
  r.add("strings.Index", index);
  r.add("strings.IndexAny", indexAny);
  r.add("strings.IndexByte", indexByte);
  r.add("strings.IndexRune", indexRune);
  r.add("strings.Join", join);
  r.add("strings.LastIndex", lastIndex);
  r.add("strings.LastIndexAny", lastIndexAny);
  r.add("strings.LastIndexByte", lastIndexByte);
  r.add("strings.Repeat", repeat);
  r.add("strings.Replace", replace);
  r.add("strings.Split", split<false, false>);
  r.add("strings.SplitAfter", split<true, false>);
  r.add("strings.SplitAfterN", split<true, true>);
  r.add("strings.SplitN", split<false, true>);
  r.add("strings.Title", title);
  r.add("strings.ToLower", mapCase<text::CaseMap::Lower>);
  r.add("strings.ToTitle", mapCase<text::CaseMap::Title>);
  r.add("strings.ToUpper", mapCase<text::CaseMap::Upper>);
  r.add("strings.ToValidUTF8", toValidUTF8);
  r.add("strings.Trim", trim<true, true>);
  r.add("strings.TrimLeft", trim<true, false>);
  r.add("strings.TrimRight", trim<false, true>);
  r.add("strings.TrimSpace", trimSpace);
  r.add("strings.replace", replacerReplace);
}

}  // namespace weft::stdlib
