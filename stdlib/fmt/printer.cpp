// A port of Go's fmt/print.go over Weft values (see printer.hpp). Function names follow Go's
// so the two can be read side by side; reflection is replaced by the type walk in printValue.
#include "stdlib/fmt/printer.hpp"

#include <bit>

#include "lang/types.hpp"
#include "stdlib/fmt/mapsort.hpp"
#include "stdlib/fmt/typestring.hpp"
#include "stdlib/methods.hpp"
#include "stdlib/unicode/utf8/utf8.hpp"
#include "stdlib/value.hpp"
#include "vm/heap.hpp"

namespace weft::stdlib::fmt {
namespace {

using types::Kind;

constexpr std::string_view kCommaSpace = ", ";
constexpr std::string_view kNilAngle = "<nil>";
constexpr std::string_view kNilParen = "(nil)";
constexpr std::string_view kNil = "nil";
constexpr std::string_view kPercentBang = "%!";
constexpr std::string_view kMissing = "(MISSING)";
constexpr std::string_view kBadIndex = "(BADINDEX)";
constexpr std::string_view kExtra = "%!(EXTRA ";
constexpr std::string_view kBadWidth = "%!(BADWIDTH)";
constexpr std::string_view kBadPrec = "%!(BADPREC)";
constexpr std::string_view kNoVerb = "%!(NOVERB)";

void writeRune(std::string& buf, int32_t r) {
  if (r < utf8::kRuneSelf) {
    buf.push_back(static_cast<char>(r));
  } else {
    utf8::appendRune(buf, r);
  }
}

bool isIntKind(Kind k) {
  return k >= Kind::Int && k <= Kind::Int64;
}
bool isUintKind(Kind k) {
  return k >= Kind::Uint && k <= Kind::Uintptr;
}

// Too large to be a width or precision.
bool tooLarge(int64_t x) {
  return x > 1000000 || x < -1000000;
}

// parsenum converts ASCII digits at s[start:end) to an integer.
int parsenum(std::string_view s, std::size_t start, std::size_t end, bool& isnum,
             std::size_t& newi) {
  int num = 0;
  isnum = false;
  if (start >= end) {
    newi = end;
    return 0;
  }
  for (newi = start; newi < end && s[newi] >= '0' && s[newi] <= '9'; newi++) {
    if (tooLarge(num)) {  // overflow; crazy long number most likely
      isnum = false;
      newi = end;
      return 0;
    }
    num = num * 10 + (s[newi] - '0');
    isnum = true;
  }
  return num;
}

// The bracketed argument number at format[0] ('['), minus one; `wid` is the number of bytes
// to consume.
bool parseArgNumber(std::string_view format, int& index, std::size_t& wid) {
  if (format.size() < 3) {
    index = 0;
    wid = 1;
    return false;
  }
  for (std::size_t i = 1; i < format.size(); i++) {
    if (format[i] == ']') {
      bool ok;
      std::size_t newi;
      int width = parsenum(format, 1, i, ok, newi);
      if (!ok || newi != i) {
        index = 0;
        wid = i + 1;
        return false;
      }
      index = width - 1;
      wid = i + 1;
      return true;
    }
  }
  index = 0;
  wid = 1;
  return false;
}

const types::Type* elemOf(const types::Type* u) {
  switch (u->kind) {
    case Kind::Slice:
      return static_cast<const types::Slice*>(u)->elem;
    case Kind::Array:
      return static_cast<const types::Array*>(u)->elem;
    case Kind::Pointer:
      return static_cast<const types::Pointer*>(u)->elem;
    default:
      return nullptr;
  }
}

}  // namespace

// ---- operand formatting ----------------------------------------------------------------------

void Printer::badVerb(int32_t verb) {
  erroring_ = true;
  buf_.append(kPercentBang);
  writeRune(buf_, verb);
  buf_.push_back('(');
  switch (current_) {
    case Current::Arg: {
      Operand arg = cur_;
      appendReflectTypeString(buf_, arg.type);
      buf_.push_back('=');
      printOperandArg(arg, 'v');
      break;
    }
    case Current::Value: {
      Operand value = cur_;
      appendReflectTypeString(buf_, value.type);
      buf_.push_back('=');
      printValue(value, 'v', 0, true);
      break;
    }
    case Current::Nil:
      buf_.append(kNilAngle);
      break;
  }
  buf_.push_back(')');
  erroring_ = false;
}

void Printer::fmtBool(bool v, int32_t verb) {
  if (verb == 't' || verb == 'v') {
    fmt_.fmtBoolean(v);
  } else {
    badVerb(verb);
  }
}

// Hexadecimal with or without a leading 0x, as requested, by setting the sharp flag.
void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = fmt_.flags.sharp;
  fmt_.flags.sharp = leading0x;
  fmt_.fmtInteger(v, 16, false, 'v', kLowerDigits);
  fmt_.flags.sharp = sharp;
}

void Printer::fmtInteger(uint64_t v, bool isSigned, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharpV && !isSigned) {
        fmt0x64(v, true);
      } else {
        fmt_.fmtInteger(v, 10, isSigned, verb, kLowerDigits);
      }
      break;
    case 'd':
      fmt_.fmtInteger(v, 10, isSigned, verb, kLowerDigits);
      break;
    case 'b':
      fmt_.fmtInteger(v, 2, isSigned, verb, kLowerDigits);
      break;
    case 'o':
    case 'O':
      fmt_.fmtInteger(v, 8, isSigned, verb, kLowerDigits);
      break;
    case 'x':
      fmt_.fmtInteger(v, 16, isSigned, verb, kLowerDigits);
      break;
    case 'X':
      fmt_.fmtInteger(v, 16, isSigned, verb, kUpperDigits);
      break;
    case 'c':
      fmt_.fmtC(v);
      break;
    case 'q':
      fmt_.fmtQc(v);
      break;
    case 'U':
      fmt_.fmtUnicode(v);
      break;
    default:
      badVerb(verb);
  }
}

void Printer::fmtFloat(double v, int size, int32_t verb) {
  switch (verb) {
    case 'v':
      fmt_.fmtFloat(v, size, 'g', -1);
      break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
      fmt_.fmtFloat(v, size, verb, -1);
      break;
    case 'f':
    case 'e':
    case 'E':
      fmt_.fmtFloat(v, size, verb, 6);
      break;
    case 'F':
      fmt_.fmtFloat(v, size, 'f', 6);
      break;
    default:
      badVerb(verb);
  }
}

void Printer::fmtComplex(double re, double im, int size, int32_t verb) {
  switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
      bool oldPlus = fmt_.flags.plus;
      buf_.push_back('(');
      fmtFloat(re, size / 2, verb);
      fmt_.flags.plus = true;  // the imaginary part always has a sign
      fmtFloat(im, size / 2, verb);
      buf_.append("i)");
      fmt_.flags.plus = oldPlus;
      break;
    }
    default:
      badVerb(verb);
  }
}

void Printer::fmtString(std::string_view v, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharpV) {
        fmt_.fmtQ(v);
      } else {
        fmt_.fmtS(v);
      }
      break;
    case 's':
      fmt_.fmtS(v);
      break;
    case 'x':
      fmt_.fmtSbx(v, kLowerDigits);
      break;
    case 'X':
      fmt_.fmtSbx(v, kUpperDigits);
      break;
    case 'q':
      fmt_.fmtQ(v);
      break;
    default:
      badVerb(verb);
  }
}

void Printer::fmtBytes(std::string_view v, bool isNil, int32_t verb, std::string_view typeString,
                       const Operand& v0) {
  switch (verb) {
    case 'v':
    case 'd':
      if (fmt_.flags.sharpV) {
        buf_.append(typeString);
        if (isNil) {
          buf_.append(kNilParen);
          return;
        }
        buf_.push_back('{');
        for (std::size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf_.append(kCommaSpace);
          fmt0x64(static_cast<uint8_t>(v[i]), true);
        }
        buf_.push_back('}');
      } else {
        buf_.push_back('[');
        for (std::size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf_.push_back(' ');
          fmt_.fmtInteger(static_cast<uint8_t>(v[i]), 10, false, verb, kLowerDigits);
        }
        buf_.push_back(']');
      }
      break;
    case 's':
      fmt_.fmtBs(v);
      break;
    case 'x':
      fmt_.fmtSbx(v, kLowerDigits);
      break;
    case 'X':
      fmt_.fmtSbx(v, kUpperDigits);
      break;
    case 'q':
      fmt_.fmtQ(v);
      break;
    default:
      printValue(v0, verb, 0, false);
  }
}

void Printer::fmtPointer(const Operand& v, int32_t verb) {
  uint64_t u;
  switch (v.type->underlying()->kind) {
    case Kind::Chan:
    case Kind::Signature:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::UnsafePointer:
      u = v.slots[0];
      break;
    case Kind::Slice: {
      auto* h = reinterpret_cast<const vm::SliceHeader*>(v.slots[0]);
      u = h ? reinterpret_cast<uint64_t>(h->data) : 0;
      break;
    }
    default:
      badVerb(verb);
      return;
  }
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharpV) {
        buf_.push_back('(');
        appendReflectTypeString(buf_, v.type);
        buf_.append(")(");
        if (u == 0) {
          buf_.append(kNil);
        } else {
          fmt0x64(u, true);
        }
        buf_.push_back(')');
      } else if (u == 0) {
        fmt_.padString(kNilAngle);
      } else {
        fmt0x64(u, !fmt_.flags.sharp);
      }
      break;
    case 'p':
      fmt0x64(u, !fmt_.flags.sharp);
      break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
      fmtInteger(u, false, verb);
      break;
    default:
      badVerb(verb);
  }
}

// ---- methods ---------------------------------------------------------------------------------

bool Printer::handleMethods(const Operand& v, int32_t verb) {
  if (erroring_) return false;
  if (verb == 'w') {
    // %w is only valid in Errorf and with an error operand.
    if (!findStringMethod(v.type, "Error") || !wrapErrs_) {
      badVerb(verb);
      return true;
    }
    verb = 'v';
  }
  const types::Func* method = nullptr;
  if (fmt_.flags.sharpV) {
    method = findStringMethod(v.type, "GoString");
    if (!method) return false;
  } else {
    switch (verb) {
      case 'v':
      case 's':
      case 'x':
      case 'X':
      case 'q':
        method = findStringMethod(v.type, "Error");
        if (!method) method = findStringMethod(v.type, "String");
        break;
    }
    if (!method) return false;
  }
  std::string s;
  switch (host_.callStringMethod(v, method, s)) {
    case PrinterHost::CallResult::Done:
      break;
    case PrinterHost::CallResult::Missing:
      return false;
    case PrinterHost::CallResult::Panicked:
      catchPanic(v, verb, method->name);
      return true;
  }
  if (fmt_.flags.sharpV) {
    fmt_.fmtS(s);  // the result of GoString is printed unadorned
  } else {
    fmtString(s, verb);
  }
  return true;
}

// Go's catchPanic: a String/Error/GoString method that panicked prints as
// %!v(PANIC=String method: value), or <nil> when it was called through a nil pointer (a
// value-receiver method, or a pointer method that does not guard against nil).
void Printer::catchPanic(const Operand& v, int32_t verb, std::string_view method) {
  bool nilPointer = v.type->kind == Kind::Pointer && v.slots[0] == 0;
  // A panic while printing another one's value: Go panics again with it, so it stays in
  // progress and the printer stops.
  if (panicking_ && !nilPointer) throw PrinterAborted{};
  bool recovered = false;
  const vm::Box* value = host_.recoverPanic(recovered);
  if (!recovered) throw PrinterAborted{};
  if (nilPointer) {
    fmt_.fmtS(kNilAngle);
    return;
  }
  FmtFlags oldFlags = fmt_.flags;
  fmt_.clearFlags();
  buf_.append("%!");
  writeRune(buf_, verb);
  buf_.append("(PANIC=");
  buf_.append(method);
  buf_.append(" method: ");
  Current savedCurrent = current_;
  Operand savedCur = cur_;
  panicking_ = true;
  printArg(value, 'v');
  panicking_ = false;
  current_ = savedCurrent;
  cur_ = savedCur;
  buf_.push_back(')');
  fmt_.flags = oldFlags;
}

// ---- arguments and values --------------------------------------------------------------------

void Printer::printArg(const vm::Box* arg, int32_t verb) {
  if (!arg) {
    current_ = Current::Nil;
    if (verb == 'T' || verb == 'v') {
      fmt_.padString(kNilAngle);
    } else {
      badVerb(verb);
    }
    return;
  }
  printOperandArg(Operand{arg->payload, arg->type, arg}, verb);
}

void Printer::printOperandArg(const Operand& v, int32_t verb) {
  current_ = Current::Arg;
  cur_ = v;
  // %T (the type) and %p (the address) come first.
  if (verb == 'T') {
    fmt_.fmtS(reflectTypeString(v.type));
    return;
  }
  if (verb == 'p') {
    fmtPointer(v, 'p');
    return;
  }
  // Unnamed basic types have no methods: format them directly, as Go's type switch does.
  const types::Type* t = v.type;
  if (t->isBasic()) {
    printValue(v, verb, 0, false);
    return;
  }
  if (t->kind == Kind::Slice && static_cast<const types::Slice*>(t)->elem->kind == Kind::Uint8) {
    auto* h = reinterpret_cast<const vm::SliceHeader*>(v.slots[0]);
    std::string_view bytes;
    if (h && h->len > 0) {
      // A []byte's elements are one word each; gather the bytes.
      std::string tmp;
      tmp.reserve(static_cast<std::size_t>(h->len));
      for (int64_t i = 0; i < h->len; i++) tmp.push_back(static_cast<char>(h->data[i]));
      fmtBytes(tmp, false, verb, "[]byte", v);
      return;
    }
    fmtBytes(bytes, h == nullptr, verb, "[]byte", v);
    return;
  }
  if (!handleMethods(v, verb)) printValue(v, verb, 0, false);
}

void Printer::printValue(const Operand& v, int32_t verb, int depth, bool readOnly) {
  // Values below the top level may have methods (if they could be used as interfaces).
  if (depth > 0 && !readOnly) {
    // As an interface value, an interface-typed slot is the dynamic value inside it.
    Operand m = v;
    if (v.type->underlying()->kind == Kind::Interface) {
      auto* box = reinterpret_cast<const vm::Box*>(v.slots[0]);
      m = box ? Operand{box->payload, box->type, box} : Operand{};
    }
    if (m.type) {
      current_ = Current::Arg;
      cur_ = m;
      if (handleMethods(m, verb)) return;
    }
  }
  current_ = Current::Value;
  cur_ = v;
  const types::Type* u = v.type->underlying();
  switch (u->kind) {
    case Kind::Bool:
    case Kind::UntypedBool:
      fmtBool(v.slots[0] != 0, verb);
      return;
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::UntypedInt:
    case Kind::UntypedRune:
      fmtInteger(static_cast<uint64_t>(intValue(v.slots, u)), true, verb);
      return;
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
      fmtInteger(uintValue(v.slots, u), false, verb);
      return;
    case Kind::Float32:
      fmtFloat(floatValue(v.slots), 32, verb);
      return;
    case Kind::Float64:
    case Kind::UntypedFloat:
      fmtFloat(floatValue(v.slots), 64, verb);
      return;
    case Kind::Complex64:
      fmtComplex(floatValue(v.slots), floatValue(v.slots + 1), 64, verb);
      return;
    case Kind::Complex128:
    case Kind::UntypedComplex:
      fmtComplex(floatValue(v.slots), floatValue(v.slots + 1), 128, verb);
      return;
    case Kind::String:
    case Kind::UntypedString:
      fmtString(stringValue(v.slots), verb);
      return;
    case Kind::Map:
      printMap(v, verb, depth, readOnly);
      return;
    case Kind::Struct:
      printStruct(v, verb, depth, readOnly);
      return;
    case Kind::Interface: {
      auto* box = reinterpret_cast<const vm::Box*>(v.slots[0]);
      if (!box) {
        if (fmt_.flags.sharpV) {
          appendReflectTypeString(buf_, v.type);
          buf_.append(kNilParen);
        } else {
          buf_.append(kNilAngle);
        }
      } else {
        printValue(Operand{box->payload, box->type, box}, verb, depth + 1, readOnly);
      }
      return;
    }
    case Kind::Array:
    case Kind::Slice:
      printList(v, verb, depth, readOnly);
      return;
    case Kind::Pointer:
      // A pointer to an array, slice, struct or map prints as &{...} at the top level only
      // (deeper down it prints as an address, which avoids loops).
      if (depth == 0 && v.slots[0] != 0) {
        const types::Type* elem = static_cast<const types::Pointer*>(u)->elem;
        switch (elem->underlying()->kind) {
          case Kind::Array:
          case Kind::Slice:
          case Kind::Struct:
          case Kind::Map:
            buf_.push_back('&');
            printValue(Operand{reinterpret_cast<const vm::Word*>(v.slots[0]), elem}, verb,
                       depth + 1, readOnly);
            return;
          default:
            break;
        }
      }
      fmtPointer(v, verb);
      return;
    case Kind::Chan:
    case Kind::Signature:
    case Kind::UnsafePointer:
      fmtPointer(v, verb);
      return;
    case Kind::UntypedNil:
      buf_.append(kNilAngle);
      return;
    default:
      buf_.push_back('?');
      appendReflectTypeString(buf_, v.type);
      buf_.push_back('?');
      return;
  }
}

void Printer::printMap(const Operand& v, int32_t verb, int depth, bool readOnly) {
  auto* mt = static_cast<const types::Map*>(v.type->underlying());
  vm::Word m = v.slots[0];
  if (fmt_.flags.sharpV) {
    appendReflectTypeString(buf_, v.type);
    if (m == 0) {
      buf_.append(kNilParen);
      return;
    }
    buf_.push_back('{');
  } else {
    buf_.append("map[");
  }
  std::vector<std::pair<const vm::Word*, const vm::Word*>> entries;
  if (m != 0) host_.mapEntries(m, mt, entries);
  sortMapEntries(entries, mt->key);
  for (std::size_t i = 0; i < entries.size(); i++) {
    if (i > 0) {
      if (fmt_.flags.sharpV) {
        buf_.append(kCommaSpace);
      } else {
        buf_.push_back(' ');
      }
    }
    printValue(Operand{entries[i].first, mt->key}, verb, depth + 1, readOnly);
    buf_.push_back(':');
    printValue(Operand{entries[i].second, mt->elem}, verb, depth + 1, readOnly);
  }
  buf_.push_back(fmt_.flags.sharpV ? '}' : ']');
}

void Printer::printStruct(const Operand& v, int32_t verb, int depth, bool readOnly) {
  auto* st = static_cast<const types::Struct*>(v.type->underlying());
  if (fmt_.flags.sharpV) appendReflectTypeString(buf_, v.type);
  buf_.push_back('{');
  for (std::size_t i = 0; i < st->fields.size(); i++) {
    const types::Var* f = st->fields[i];
    if (i > 0) {
      if (fmt_.flags.sharpV) {
        buf_.append(kCommaSpace);
      } else {
        buf_.push_back(' ');
      }
    }
    if ((fmt_.flags.plusV || fmt_.flags.sharpV) && !f->name.empty()) {
      buf_.append(f->name);
      buf_.push_back(':');
    }
    Operand field{v.slots + vm::fieldOffset(v.type, static_cast<int>(i)), f->type};
    // A field of interface type prints as the value inside it (Go's getField).
    if (f->type->underlying()->kind == Kind::Interface && field.slots[0] != 0) {
      auto* box = reinterpret_cast<const vm::Box*>(field.slots[0]);
      field = Operand{box->payload, box->type, box};
    }
    printValue(field, verb, depth + 1, readOnly || !f->exported());
  }
  buf_.push_back('}');
}

void Printer::printList(const Operand& v, int32_t verb, int depth, bool readOnly) {
  const types::Type* u = v.type->underlying();
  const types::Type* elem = elemOf(u);
  const vm::Word* data;
  int64_t len;
  bool isNilSlice = false;
  if (u->kind == Kind::Slice) {
    auto* h = reinterpret_cast<const vm::SliceHeader*>(v.slots[0]);
    data = h ? h->data : nullptr;
    len = h ? h->len : 0;
    isNilSlice = h == nullptr;
  } else {
    data = v.slots;
    len = static_cast<const types::Array*>(u)->len;
  }
  int32_t stride = vm::slotsOf(elem);
  switch (verb) {
    case 's':
    case 'q':
    case 'x':
    case 'X':
      // Byte slices and arrays are special for these verbs.
      if (elem->underlying()->kind == Kind::Uint8) {
        std::string bytes;
        bytes.reserve(static_cast<std::size_t>(len));
        for (int64_t i = 0; i < len; i++) bytes.push_back(static_cast<char>(data[i * stride]));
        fmtBytes(bytes, isNilSlice, verb, reflectTypeString(v.type), v);
        return;
      }
      break;
  }
  if (fmt_.flags.sharpV) {
    appendReflectTypeString(buf_, v.type);
    if (isNilSlice) {
      buf_.append(kNilParen);
      return;
    }
    buf_.push_back('{');
    for (int64_t i = 0; i < len; i++) {
      if (i > 0) buf_.append(kCommaSpace);
      printValue(Operand{data + i * stride, elem}, verb, depth + 1, readOnly);
    }
    buf_.push_back('}');
  } else {
    buf_.push_back('[');
    for (int64_t i = 0; i < len; i++) {
      if (i > 0) buf_.push_back(' ');
      printValue(Operand{data + i * stride, elem}, verb, depth + 1, readOnly);
    }
    buf_.push_back(']');
  }
}

// ---- Printf ----------------------------------------------------------------------------------

bool Printer::intFromArg(const vm::Word* args, int n, int& argNum, int& num) {
  bool isInt = false;
  num = 0;
  if (argNum < n) {
    auto* box = reinterpret_cast<const vm::Box*>(args[argNum]);
    if (box) {
      const types::Type* u = box->type->underlying();
      if (isIntKind(u->kind)) {
        int64_t x = intValue(box->payload, u);
        num = static_cast<int>(x);
        isInt = static_cast<int64_t>(num) == x;
      } else if (isUintKind(u->kind)) {
        uint64_t x = uintValue(box->payload, u);
        if (static_cast<int64_t>(x) >= 0 && static_cast<uint64_t>(static_cast<int>(x)) == x) {
          num = static_cast<int>(x);
          isInt = true;
        }
      }
      if (!isInt) num = 0;
    }
    argNum++;
    if (tooLarge(num)) {
      num = 0;
      isInt = false;
    }
  }
  return isInt;
}

// The next argument: argNum, or the bracketed index at format[i:]; advances i past it.
// Returns whether an index was found.
bool Printer::argNumber(int& argNum, std::string_view format, std::size_t& i, int numArgs) {
  if (format.size() <= i || format[i] != '[') return false;
  reordered_ = true;
  int index;
  std::size_t wid;
  bool ok = parseArgNumber(format.substr(i), index, wid);
  if (ok && 0 <= index && index < numArgs) {
    argNum = index;
    i += wid;
    return true;
  }
  goodArgNum_ = false;
  i += wid;
  return ok;
}

void Printer::badArgNum(int32_t verb) {
  buf_.append(kPercentBang);
  writeRune(buf_, verb);
  buf_.append(kBadIndex);
}

void Printer::missingArg(int32_t verb) {
  buf_.append(kPercentBang);
  writeRune(buf_, verb);
  buf_.append(kMissing);
}

void Printer::doPrintf(std::string_view format, const vm::Word* a, std::size_t na) {
  const std::size_t end = format.size();
  const int numArgs = static_cast<int>(na);
  int argNum = 0;           // one argument per non-trivial format
  bool afterIndex = false;  // the previous item in the format was an index like [3]
  reordered_ = false;
  auto box = [&](int i) { return reinterpret_cast<const vm::Box*>(a[i]); };
  // %v and %w set the "Go syntax" and "field names" modes from the # and + flags.
  auto vModes = [&] {
    fmt_.flags.sharpV = fmt_.flags.sharp;
    fmt_.flags.sharp = false;
    fmt_.flags.plusV = fmt_.flags.plus;
    fmt_.flags.plus = false;
  };
  for (std::size_t i = 0; i < end;) {
    goodArgNum_ = true;
    std::size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf_.append(format.substr(lasti, i - lasti));
    if (i >= end) break;  // done processing the format string
    i++;                  // skip %
    fmt_.clearFlags();
    bool simple = false;  // handled by the fast path below
    for (; i < end; i++) {
      char c = format[i];
      if (c == '#') {
        fmt_.flags.sharp = true;
      } else if (c == '0') {
        fmt_.flags.zero = !fmt_.flags.minus;  // only allow zero padding to the left
      } else if (c == '+') {
        fmt_.flags.plus = true;
      } else if (c == '-') {
        fmt_.flags.minus = true;
        fmt_.flags.zero = false;  // do not pad with zeros to the right
      } else if (c == ' ') {
        fmt_.flags.space = true;
      } else {
        // Fast path: ASCII lower-case verb without width, precision or argument index.
        if (c >= 'a' && c <= 'z' && argNum < numArgs) {
          if (c == 'w') wrappedErrs_.push_back(argNum);
          if (c == 'v' || c == 'w') vModes();
          printArg(box(argNum), c);
          argNum++;
          i++;
          simple = true;
        }
        break;
      }
    }
    if (simple) continue;

    // An explicit argument index?
    afterIndex = argNumber(argNum, format, i, numArgs);

    // Width?
    if (i < end && format[i] == '*') {
      i++;
      fmt_.flags.widPresent = intFromArg(a, numArgs, argNum, fmt_.wid);
      if (!fmt_.flags.widPresent) buf_.append(kBadWidth);
      // A negative width means left alignment.
      if (fmt_.wid < 0) {
        fmt_.wid = -fmt_.wid;
        fmt_.flags.minus = true;
        fmt_.flags.zero = false;
      }
      afterIndex = false;
    } else {
      bool present;
      fmt_.wid = parsenum(format, i, end, present, i);
      fmt_.flags.widPresent = present;
      if (afterIndex && fmt_.flags.widPresent) goodArgNum_ = false;  // "%[3]2d"
    }

    // Precision?
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (afterIndex) goodArgNum_ = false;  // "%[3].2d"
      afterIndex = argNumber(argNum, format, i, numArgs);
      if (i < end && format[i] == '*') {
        i++;
        fmt_.flags.precPresent = intFromArg(a, numArgs, argNum, fmt_.prec);
        if (fmt_.prec < 0) {  // negative precisions make no sense
          fmt_.prec = 0;
          fmt_.flags.precPresent = false;
        }
        if (!fmt_.flags.precPresent) buf_.append(kBadPrec);
        afterIndex = false;
      } else {
        bool present;
        fmt_.prec = parsenum(format, i, end, present, i);
        fmt_.flags.precPresent = present;
        if (!present) {
          fmt_.prec = 0;
          fmt_.flags.precPresent = true;
        }
      }
    }

    if (!afterIndex) afterIndex = argNumber(argNum, format, i, numArgs);

    if (i >= end) {
      buf_.append(kNoVerb);
      break;
    }

    int32_t verb = static_cast<uint8_t>(format[i]);
    int size = 1;
    if (verb >= utf8::kRuneSelf) {
      utf8::Decoded d = utf8::decodeRune(format.substr(i));
      verb = d.rune;
      size = d.size;
    }
    i += static_cast<std::size_t>(size);

    if (verb == '%') {  // does not use an operand and ignores width and precision
      buf_.push_back('%');
    } else if (!goodArgNum_) {
      badArgNum(verb);
    } else if (argNum >= numArgs) {
      missingArg(verb);
    } else {
      if (verb == 'w') wrappedErrs_.push_back(argNum);
      if (verb == 'v' || verb == 'w') vModes();
      printArg(box(argNum), verb);
      argNum++;
    }
  }

  // Extra arguments, unless the format accessed them out of order (then it is too expensive
  // to tell whether they were all used, and arguably fine if they were not).
  if (!reordered_ && argNum < numArgs) {
    fmt_.clearFlags();
    buf_.append(kExtra);
    for (int k = argNum; k < numArgs; k++) {
      if (k > argNum) buf_.append(kCommaSpace);
      const vm::Box* arg = box(k);
      if (!arg) {
        buf_.append(kNilAngle);
      } else {
        appendReflectTypeString(buf_, arg->type);
        buf_.push_back('=');
        printArg(arg, 'v');
      }
    }
    buf_.push_back(')');
  }
}

void Printer::doPrint(const vm::Word* a, std::size_t n) {
  bool prevString = false;
  for (std::size_t k = 0; k < n; k++) {
    auto* arg = reinterpret_cast<const vm::Box*>(a[k]);
    bool isString = arg && arg->type->underlying()->kind == Kind::String;
    // A space between two operands when neither is a string.
    if (k > 0 && !isString && !prevString) buf_.push_back(' ');
    printArg(arg, 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const vm::Word* a, std::size_t n) {
  for (std::size_t k = 0; k < n; k++) {
    if (k > 0) buf_.push_back(' ');
    printArg(reinterpret_cast<const vm::Box*>(a[k]), 'v');
  }
  buf_.push_back('\n');
}

}  // namespace weft::stdlib::fmt
