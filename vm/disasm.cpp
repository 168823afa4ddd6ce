// The disassembler (`weft disasm`): one line per instruction, operands decoded by the format
// column of vm/opcodes.def, with the referenced constants, functions and types spelled out.
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "lang/types.hpp"
#include "vm/program.hpp"

namespace weft::vm {

namespace {

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\', out += c;
    else if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
      out += buf;
    } else
      out += c;
  }
  if (out.size() > 40) out = out.substr(0, 37) + "...";
  return out + "\"";
}

std::string typeName(const Program& p, uint64_t idx) {
  if (idx >= p.types.size() || !p.types[idx]) return "?";
  return p.types[idx]->str(true);
}

std::string funcName(const Program& p, uint64_t idx) {
  return idx < p.funcs.size() ? p.funcs[idx]->name : "?";
}

// What an instruction refers to, for the comment column.
std::string annotate(const Program& p, const FuncProto& fn, Op op, Instr i, uint64_t x,
                     std::ptrdiff_t at) {
  auto jumpTarget = [&](int32_t off) {
    return "to " + std::to_string(at + 1 + (opHasExtension(op) ? 1 : 0) + off);
  };
  switch (op) {
    case Op::LOADK: {
      uint32_t k = instrBx(i);
      if (k >= fn.k.size()) return "";
      double d;
      std::memcpy(&d, &fn.k[k], sizeof d);
      char buf[96];
      std::snprintf(buf, sizeof buf, "%" PRId64 " / %g", static_cast<int64_t>(fn.k[k]), d);
      return buf;
    }
    case Op::LOADSTR:
      return instrBx(i) < p.strings.size() ? quote(p.strings[instrBx(i)]) : "";
    case Op::LOADFUNC:
    case Op::CALL:
      return funcName(p, instrBx(i));
    case Op::CALLN:
      return instrBx(i) < p.natives.size() ? p.natives[instrBx(i)].name : "?";
    case Op::CLOSURE:
    case Op::GO:
    case Op::DEFER:
      return funcName(p, x);
    case Op::DEFERN:
      return x < p.natives.size() ? p.natives[x].name : "?";
    case Op::CALLI:
      return instrB(i) < p.methodNames.size() ? "." + p.methodNames[instrB(i)] : "";
    case Op::GETGLOBAL:
    case Op::SETGLOBAL:
      return instrBx(i) < p.globals.size() ? p.globals[instrBx(i)].name : "";
    case Op::NEW:
    case Op::MAKEMAP:
      return typeName(p, instrBx(i));
    case Op::NEWARRAY:
    case Op::CLONE:
    case Op::BOX:
    case Op::ASSERT:
    case Op::ASSERT2:
    case Op::ASSERTI:
    case Op::ASSERTI2:
    case Op::TYPEIS:
    case Op::IMPLEMENTS:
      return typeName(p, instrC(i));
    case Op::PRINT:
      return typeName(p, instrB(i));
    case Op::EQ_MEM:
    case Op::EQ_IFACE_VAL:
    case Op::MAKESLICE:
    case Op::APPEND:
    case Op::MAPGET:
    case Op::MAPGET2:
    case Op::MAPSET:
    case Op::MAPDELETE:
    case Op::MAPITER:
    case Op::MAPNEXT:
      return typeName(p, x & 0xFFFFFFFF);
    case Op::JMP:
    case Op::JT:
    case Op::JF:
      return jumpTarget(instrSBx(i));
    default:
      break;
  }
  if (std::strcmp(opFormat(op), "ABsC") == 0 && op >= Op::JEQ_INT) return jumpTarget(instrSC(i));
  if (std::strcmp(opFormat(op), "AsBsC") == 0) return jumpTarget(instrSC(i));
  return "";
}

std::string operands(Op op, Instr i, uint64_t x) {
  std::string f = opFormat(op);
  bool ext = f.size() > 2 && f.substr(f.size() - 2) == "+X";
  if (ext) f.resize(f.size() - 2);
  char buf[96];
  if (f.empty())
    buf[0] = 0;
  else if (f == "A")
    std::snprintf(buf, sizeof buf, "%u", instrA(i));
  else if (f == "AB")
    std::snprintf(buf, sizeof buf, "%u %u", instrA(i), instrB(i));
  else if (f == "ABC")
    std::snprintf(buf, sizeof buf, "%u %u %u", instrA(i), instrB(i), instrC(i));
  else if (f == "ABx")
    std::snprintf(buf, sizeof buf, "%u %u", instrA(i), instrBx(i));
  else if (f == "AsBx")
    std::snprintf(buf, sizeof buf, "%u %d", instrA(i), instrSBx(i));
  else if (f == "ABsC")
    std::snprintf(buf, sizeof buf, "%u %u %d", instrA(i), instrB(i), instrSC(i));
  else if (f == "AsBsC")
    std::snprintf(buf, sizeof buf, "%u %d %d", instrA(i), instrSB(i), instrSC(i));
  else
    std::snprintf(buf, sizeof buf, "?");
  std::string out = buf;
  if (ext) {
    std::snprintf(buf, sizeof buf, " X=%" PRIu64, x);
    out += buf;
  }
  return out;
}

}  // namespace

std::string disassemble(const Program& p, const FuncProto& fn) {
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "function %s  (%s:%d)  params=%u results=%u regs=%u captures=%u%s\n",
                fn.name.c_str(), fn.file.c_str(), fn.line, fn.nparams, fn.nresults, fn.nregs,
                fn.ncaptures, fn.wrapper ? " wrapper" : "");
  out += buf;
  for (std::size_t pc = 0; pc < fn.code.size(); pc++) {
    Instr i = fn.code[pc];
    uint16_t raw = instrOp(i);
    if (raw >= static_cast<uint16_t>(Op::Count_)) {
      std::snprintf(buf, sizeof buf, "  %04zu  ???\n", pc);
      out += buf;
      continue;
    }
    Op op = static_cast<Op>(raw);
    uint64_t x = 0;
    bool ext = opHasExtension(op) && pc + 1 < fn.code.size();
    if (ext) x = fn.code[pc + 1];
    std::string note = annotate(p, fn, op, i, x, static_cast<std::ptrdiff_t>(pc));
    int line = pc < fn.lines.size() ? fn.lines[pc] : 0;
    std::snprintf(buf, sizeof buf, "  %04zu  [%4d]  %-12s %-22s", pc, line, opName(op),
                  operands(op, i, x).c_str());
    out += buf;
    if (!note.empty()) out += "; " + note;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
    if (ext) pc++;
  }
  if (fn.recoverPc >= 0) {
    std::snprintf(buf, sizeof buf, "  (resumes at %d after a recovered panic)\n", fn.recoverPc);
    out += buf;
  }
  return out;
}

std::string disassemble(const Program& p) {
  std::string out;
  for (std::size_t i = 0; i < p.funcs.size(); i++) {
    if (i) out += '\n';
    out += disassemble(p, *p.funcs[i]);
  }
  return out;
}

}  // namespace weft::vm
