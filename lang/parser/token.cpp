#include "lang/parser/token.hpp"

namespace weft::lang::parser {

const char* spell(Tok t) {
  switch (t) {
    case Tok::EndOfFile:
      return "EOF";
    case Tok::Ident:
      return "name";
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Rune:
    case Tok::String:
      return "literal";
    case Tok::Add:
      return "+";
    case Tok::Sub:
      return "-";
    case Tok::Mul:
      return "*";
    case Tok::Quo:
      return "/";
    case Tok::Rem:
      return "%";
    case Tok::And:
      return "&";
    case Tok::Or:
      return "|";
    case Tok::Xor:
      return "^";
    case Tok::Shl:
      return "<<";
    case Tok::Shr:
      return ">>";
    case Tok::AndNot:
      return "&^";
    case Tok::AddAssign:
      return "+=";
    case Tok::SubAssign:
      return "-=";
    case Tok::MulAssign:
      return "*=";
    case Tok::QuoAssign:
      return "/=";
    case Tok::RemAssign:
      return "%=";
    case Tok::AndAssign:
      return "&=";
    case Tok::OrAssign:
      return "|=";
    case Tok::XorAssign:
      return "^=";
    case Tok::ShlAssign:
      return "<<=";
    case Tok::ShrAssign:
      return ">>=";
    case Tok::AndNotAssign:
      return "&^=";
    case Tok::LAnd:
      return "&&";
    case Tok::LOr:
      return "||";
    case Tok::Arrow:
      return "<-";
    case Tok::Inc:
      return "++";
    case Tok::Dec:
      return "--";
    case Tok::Eql:
      return "==";
    case Tok::Lss:
      return "<";
    case Tok::Gtr:
      return ">";
    case Tok::Assign:
      return "=";
    case Tok::Not:
      return "!";
    case Tok::Neq:
      return "!=";
    case Tok::Leq:
      return "<=";
    case Tok::Geq:
      return ">=";
    case Tok::Define:
      return ":=";
    case Tok::Ellipsis:
      return "...";
    case Tok::LParen:
      return "(";
    case Tok::LBrack:
      return "[";
    case Tok::LBrace:
      return "{";
    case Tok::Comma:
      return ",";
    case Tok::Period:
      return ".";
    case Tok::RParen:
      return ")";
    case Tok::RBrack:
      return "]";
    case Tok::RBrace:
      return "}";
    case Tok::Semicolon:
      return ";";
    case Tok::Colon:
      return ":";
    case Tok::Tilde:
      return "~";
    case Tok::Break:
      return "break";
    case Tok::Case:
      return "case";
    case Tok::Chan:
      return "chan";
    case Tok::Const:
      return "const";
    case Tok::Continue:
      return "continue";
    case Tok::Default:
      return "default";
    case Tok::Defer:
      return "defer";
    case Tok::Else:
      return "else";
    case Tok::Fallthrough:
      return "fallthrough";
    case Tok::For:
      return "for";
    case Tok::Func:
      return "func";
    case Tok::Go:
      return "go";
    case Tok::Goto:
      return "goto";
    case Tok::If:
      return "if";
    case Tok::Import:
      return "import";
    case Tok::Interface:
      return "interface";
    case Tok::Map:
      return "map";
    case Tok::Package:
      return "package";
    case Tok::Range:
      return "range";
    case Tok::Return:
      return "return";
    case Tok::Select:
      return "select";
    case Tok::Struct:
      return "struct";
    case Tok::Switch:
      return "switch";
    case Tok::Type:
      return "type";
    case Tok::Var:
      return "var";
  }
  return "?";
}

std::string describe(const Token& t) {
  switch (t.kind) {
    case Tok::Ident:
      return "name " + std::string(t.text);
    case Tok::Semicolon:
      return std::string(t.text);
    case Tok::Comma:
      return "comma";
    default:
      break;
  }
  if (isLiteral(t.kind)) return "literal " + std::string(t.text);
  if (isKeyword(t.kind)) return std::string("keyword ") + spell(t.kind);
  return spell(t.kind);
}

std::string expectedName(Tok t) {
  switch (t) {
    case Tok::Comma:
      return "comma";
    case Tok::Semicolon:
      return "semicolon or newline";
    default:
      break;
  }
  if (isKeyword(t)) return std::string("keyword ") + spell(t);
  return spell(t);
}

}  // namespace weft::lang::parser
