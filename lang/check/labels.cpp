// Branch statements and labels (cmd/compile's syntax/branches.go): break/continue/goto/
// fallthrough validity, BranchStmt::target, labels defined and not used, gotos that jump into
// blocks or over variable declarations. Also terminating statements for "missing return"
// (go/types' return.go).
#include <map>

#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

namespace {

struct LabelInfo;

struct Block {
  Block* parent;
  ast::Pos start;
  const ast::LabeledStmt* lstmt;
};

struct LabelInfo {
  Block* parent;
  const ast::LabeledStmt* lstmt;
  bool used = false;
};

struct Targets {
  const ast::Stmt* breaks = nullptr;               // For/Range/Switch/TypeSwitch/Select
  const ast::Stmt* continues = nullptr;            // For/Range
  const std::vector<ast::Stmt*>* cases = nullptr;  // clauses of the enclosing expression switch
  int caseIndex = -1;
};

class Branches {
 public:
  explicit Branches(Checker& c) : check_(c) {}

  void run(const ast::BlockStmt* body) {
    auto fwd = block(nullptr, Targets{}, nullptr, body->pos, body->list);
    for (const ast::BranchStmt* g : fwd) {
      const std::string& name = g->label->name;
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second->used = true;
        check_.error(g->label->pos, "goto " + name + " jumps into block starting at " +
                                        check_.posString(it->second->parent->start));
      } else {
        check_.error(g->label->pos, "label " + name + " not defined");
      }
    }
    for (auto& [name, l] : labels_)
      if (!l->used) check_.error(l->lstmt->label->pos, "label " + name + " defined and not used");
  }

 private:
  LabelInfo* declare(Block* b, const ast::LabeledStmt* s) {
    const std::string& name = s->label->name;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      check_.error(s->label->pos, "label " + name + " already defined at " +
                                      check_.posString(it->second->lstmt->label->pos));
      return it->second.get();
    }
    auto l = std::make_unique<LabelInfo>();
    l->parent = b;
    l->lstmt = s;
    auto obj = check_.tt_.newObject<Label>(name, s->label->pos);
    obj->stmt = s;
    obj->pkg = check_.pkg_;
    s->label->obj = obj;
    LabelInfo* raw = l.get();
    labels_[name] = std::move(l);
    return raw;
  }

  const ast::LabeledStmt* gotoTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second->used = true;
    for (; b; b = b->parent)
      if (it->second->parent == b) return it->second->lstmt;
    return nullptr;
  }

  // The labeled statement enclosing b with that label; `invalid` if the label exists elsewhere.
  const ast::LabeledStmt* enclosingTarget(Block* b, const std::string& name, bool* exists) {
    auto it = labels_.find(name);
    *exists = it != labels_.end();
    if (!*exists) return nullptr;
    it->second->used = true;
    for (; b; b = b->parent)
      if (it->second->lstmt == b->lstmt) return it->second->lstmt;
    return nullptr;
  }

  std::vector<const ast::BranchStmt*> block(Block* parent, Targets ctxt,
                                            const ast::LabeledStmt* lstmt, ast::Pos start,
                                            const std::vector<ast::Stmt*>& body) {
    blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    Block* b = blocks_.back().get();
    ast::Pos varPos;
    std::string varName;
    std::vector<const ast::BranchStmt*> fwdGotos, badGotos;
    auto recordVarDecl = [&](ast::Pos pos, std::string name) {
      varPos = pos;
      varName = std::move(name);
      badGotos = fwdGotos;
    };
    auto jumpsOverVarDecl = [&](const ast::BranchStmt* fwd) {
      if (!varPos.valid()) return false;
      for (const ast::BranchStmt* bad : badGotos)
        if (bad == fwd) return true;
      return false;
    };
    auto innerBlock = [&](Targets c, ast::Pos st, const std::vector<ast::Stmt*>& list,
                          const ast::LabeledStmt* ls) {
      auto more = block(b, c, ls, st, list);
      fwdGotos.insert(fwdGotos.end(), more.begin(), more.end());
    };
    size_t n = body.size();
    while (n > 0 && body[n - 1]->is<ast::EmptyStmt>()) n--;
    for (size_t idx = 0; idx < n; idx++) {
      const ast::Stmt* s = body[idx];
      const ast::LabeledStmt* ls = nullptr;
      while (auto l = s->as<ast::LabeledStmt>()) {
        if (l->label->name != "_") {
          LabelInfo* info = declare(b, l);
          std::vector<const ast::BranchStmt*> keep;
          for (const ast::BranchStmt* fwd : fwdGotos) {
            if (fwd->label->name == l->label->name) {
              fwd->target = const_cast<ast::LabeledStmt*>(l);
              info->used = true;
              if (jumpsOverVarDecl(fwd))
                check_.error(fwd->label->pos, "goto " + l->label->name +
                                                  " jumps over declaration of " + varName + " at " +
                                                  check_.posString(varPos));
            } else {
              keep.push_back(fwd);
            }
          }
          fwdGotos = keep;
          ls = l;
        }
        s = l->stmt;
        if (!s) break;
      }
      if (!s) continue;
      switch (s->kind) {
        case ast::NodeKind::DeclStmt: {
          auto d = static_cast<const ast::DeclStmt*>(s)->decl;
          if (d && d->tok == ast::DeclTok::Var)
            for (ast::Node* sp : d->specs)
              if (auto vs = sp->as<ast::ValueSpec>(); vs && !vs->names.empty()) {
                recordVarDecl(vs->names[0]->pos, vs->names[0]->name);
                break;
              }
          break;
        }
        case ast::NodeKind::BranchStmt: {
          auto bs = static_cast<const ast::BranchStmt*>(s);
          if (!bs->label) {
            switch (bs->tok) {
              case ast::Branch::Break:
                if (ctxt.breaks)
                  bs->target = const_cast<ast::Stmt*>(ctxt.breaks);
                else
                  check_.error(bs->pos, "break is not in a loop, switch, or select");
                break;
              case ast::Branch::Continue:
                if (ctxt.continues)
                  bs->target = const_cast<ast::Stmt*>(ctxt.continues);
                else
                  check_.error(bs->pos, "continue is not in a loop");
                break;
              case ast::Branch::Fallthrough: {
                std::string msg = "fallthrough statement out of place";
                if (ctxt.breaks && ctxt.breaks->is<ast::TypeSwitchStmt>()) {
                  msg = "cannot fallthrough in type switch";
                } else if (ctxt.breaks && ctxt.breaks->is<ast::SwitchStmt>() && ctxt.cases) {
                  if (ctxt.caseIndex < 0 || idx + 1 < n) {
                    // out of place
                  } else if (size_t(ctxt.caseIndex + 1) == ctxt.cases->size()) {
                    msg = "cannot fallthrough final case in switch";
                  } else {
                    bs->target = (*ctxt.cases)[ctxt.caseIndex + 1];
                    break;
                  }
                }
                check_.error(bs->pos, msg);
                break;
              }
              case ast::Branch::Goto:
                check_.error(bs->pos, "goto requires a label");
                break;
            }
            break;
          }
          const std::string& name = bs->label->name;
          bool exists = false;
          switch (bs->tok) {
            case ast::Branch::Break: {
              const ast::LabeledStmt* t = enclosingTarget(b, name, &exists);
              if (t) {
                const ast::Stmt* st = t->stmt;
                if (st && (st->is<ast::SwitchStmt>() || st->is<ast::TypeSwitchStmt>() ||
                           st->is<ast::SelectStmt>() || st->is<ast::ForStmt>() ||
                           st->is<ast::RangeStmt>())) {
                  bs->target = const_cast<ast::Stmt*>(st);
                  bs->label->obj = t->label->obj;
                } else {
                  check_.error(bs->label->pos, "invalid break label " + name);
                }
              } else if (exists) {
                check_.error(bs->label->pos, "invalid break label " + name);
              } else {
                check_.error(bs->label->pos, "break label not defined: " + name);
              }
              break;
            }
            case ast::Branch::Continue: {
              const ast::LabeledStmt* t = enclosingTarget(b, name, &exists);
              if (t) {
                const ast::Stmt* st = t->stmt;
                if (st && (st->is<ast::ForStmt>() || st->is<ast::RangeStmt>())) {
                  bs->target = const_cast<ast::Stmt*>(st);
                  bs->label->obj = t->label->obj;
                } else {
                  check_.error(bs->label->pos, "invalid continue label " + name);
                }
              } else if (exists) {
                check_.error(bs->label->pos, "invalid continue label " + name);
              } else {
                check_.error(bs->label->pos, "continue label not defined: " + name);
              }
              break;
            }
            case ast::Branch::Goto: {
              if (const ast::LabeledStmt* t = gotoTarget(b, name)) {
                bs->target = const_cast<ast::LabeledStmt*>(t);
                bs->label->obj = t->label->obj;
              } else {
                fwdGotos.push_back(bs);
              }
              break;
            }
            default:
              break;
          }
          break;
        }
        case ast::NodeKind::AssignStmt: {
          auto as = static_cast<const ast::AssignStmt*>(s);
          if (as->op == ast::Op::Define) {
            std::string names;
            for (size_t i = 0; i < as->lhs.size(); i++) {
              if (i) names += ", ";
              names += check_.exprString(as->lhs[i]);
            }
            recordVarDecl(as->opPos.valid() ? as->opPos : as->pos, names);
          }
          break;
        }
        case ast::NodeKind::BlockStmt: {
          auto bl = static_cast<const ast::BlockStmt*>(s);
          innerBlock(Targets{ctxt.breaks, ctxt.continues, nullptr, -1}, bl->pos, bl->list, ls);
          break;
        }
        case ast::NodeKind::IfStmt: {
          Targets inner{ctxt.breaks, ctxt.continues, nullptr, -1};
          for (auto is = static_cast<const ast::IfStmt*>(s); is;) {
            if (is->body) innerBlock(inner, is->body->pos, is->body->list, ls);
            if (!is->elseStmt) break;
            if (auto eb = is->elseStmt->as<ast::BlockStmt>()) {
              innerBlock(inner, eb->pos, eb->list, ls);
              break;
            }
            is = is->elseStmt->as<ast::IfStmt>();
          }
          break;
        }
        case ast::NodeKind::ForStmt: {
          auto fs = static_cast<const ast::ForStmt*>(s);
          if (fs->body) innerBlock(Targets{s, s, nullptr, -1}, fs->body->pos, fs->body->list, ls);
          break;
        }
        case ast::NodeKind::RangeStmt: {
          auto rs = static_cast<const ast::RangeStmt*>(s);
          if (rs->body) innerBlock(Targets{s, s, nullptr, -1}, rs->body->pos, rs->body->list, ls);
          break;
        }
        case ast::NodeKind::SwitchStmt:
        case ast::NodeKind::TypeSwitchStmt: {
          const ast::BlockStmt* body = s->is<ast::SwitchStmt>()
                                           ? static_cast<const ast::SwitchStmt*>(s)->body
                                           : static_cast<const ast::TypeSwitchStmt*>(s)->body;
          if (!body) break;
          Targets inner{s, ctxt.continues, &body->list, -1};
          for (size_t i = 0; i < body->list.size(); i++) {
            auto cc = body->list[i]->as<ast::CaseClause>();
            if (!cc) continue;
            inner.caseIndex = int(i);
            innerBlock(inner, cc->pos, cc->body, ls);
          }
          break;
        }
        case ast::NodeKind::SelectStmt: {
          auto ss = static_cast<const ast::SelectStmt*>(s);
          if (!ss->body) break;
          Targets inner{s, ctxt.continues, nullptr, -1};
          for (ast::Stmt* st : ss->body->list)
            if (auto cc = st->as<ast::CommClause>()) innerBlock(inner, cc->pos, cc->body, ls);
          break;
        }
        default:
          break;
      }
    }
    return fwdGotos;
  }

  Checker& check_;
  std::map<std::string, std::unique_ptr<LabelInfo>> labels_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

const ast::Expr* unparen(const ast::Expr* e) {
  while (e && e->is<ast::ParenExpr>()) e = static_cast<const ast::ParenExpr*>(e)->x;
  return e;
}

bool hasBreak(const ast::Stmt* s, const std::string& label, bool implicit);

bool hasBreakList(const std::vector<ast::Stmt*>& list, const std::string& label, bool implicit) {
  for (const ast::Stmt* s : list)
    if (hasBreak(s, label, implicit)) return true;
  return false;
}

bool hasBreakClauses(const ast::BlockStmt* body, const std::string& label, bool implicit) {
  if (!body) return false;
  for (const ast::Stmt* s : body->list) {
    if (auto cc = s->as<ast::CaseClause>())
      if (hasBreakList(cc->body, label, implicit)) return true;
    if (auto cc = s->as<ast::CommClause>())
      if (hasBreakList(cc->body, label, implicit)) return true;
  }
  return false;
}

bool hasBreak(const ast::Stmt* s, const std::string& label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case ast::NodeKind::LabeledStmt:
      return hasBreak(static_cast<const ast::LabeledStmt*>(s)->stmt, label, implicit);
    case ast::NodeKind::BranchStmt: {
      auto b = static_cast<const ast::BranchStmt*>(s);
      if (b->tok == ast::Branch::Break) {
        if (!b->label) return implicit;
        if (b->label->name == label) return true;
      }
      return false;
    }
    case ast::NodeKind::BlockStmt:
      return hasBreakList(static_cast<const ast::BlockStmt*>(s)->list, label, implicit);
    case ast::NodeKind::IfStmt: {
      auto is = static_cast<const ast::IfStmt*>(s);
      return hasBreak(is->body, label, implicit) || hasBreak(is->elseStmt, label, implicit);
    }
    case ast::NodeKind::SwitchStmt:
      return !label.empty() &&
             hasBreakClauses(static_cast<const ast::SwitchStmt*>(s)->body, label, false);
    case ast::NodeKind::TypeSwitchStmt:
      return !label.empty() &&
             hasBreakClauses(static_cast<const ast::TypeSwitchStmt*>(s)->body, label, false);
    case ast::NodeKind::SelectStmt:
      return !label.empty() &&
             hasBreakClauses(static_cast<const ast::SelectStmt*>(s)->body, label, false);
    case ast::NodeKind::ForStmt:
      return !label.empty() && hasBreak(static_cast<const ast::ForStmt*>(s)->body, label, false);
    case ast::NodeKind::RangeStmt:
      return !label.empty() && hasBreak(static_cast<const ast::RangeStmt*>(s)->body, label, false);
    default:
      return false;
  }
}

}  // namespace

void Checker::branches(const ast::BlockStmt* body) {
  Branches b(*this);
  b.run(body);
}

bool Checker::isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label) {
  for (size_t i = list.size(); i > 0; i--)
    if (!list[i - 1]->is<ast::EmptyStmt>()) return isTerminating(list[i - 1], label);
  return false;
}

bool Checker::isTerminatingSwitch(const std::vector<ast::Stmt*>& clauses,
                                  const std::string& label) {
  bool hasDefault = false;
  for (const ast::Stmt* s : clauses) {
    auto cc = s->as<ast::CaseClause>();
    if (!cc) continue;
    if (cc->isDefault) hasDefault = true;
    if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
  }
  return hasDefault;
}

bool Checker::isTerminating(const ast::Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case ast::NodeKind::LabeledStmt: {
      auto l = static_cast<const ast::LabeledStmt*>(s);
      return isTerminating(l->stmt, l->label->name);
    }
    case ast::NodeKind::ExprStmt: {
      auto call = unparen(static_cast<const ast::ExprStmt*>(s)->x);
      return call && call->is<ast::CallExpr>() &&
             panicCalls_.count(static_cast<const ast::CallExpr*>(call));
    }
    case ast::NodeKind::ReturnStmt:
      return true;
    case ast::NodeKind::BranchStmt: {
      auto b = static_cast<const ast::BranchStmt*>(s);
      return b->tok == ast::Branch::Goto || b->tok == ast::Branch::Fallthrough;
    }
    case ast::NodeKind::BlockStmt:
      return isTerminatingList(static_cast<const ast::BlockStmt*>(s)->list, "");
    case ast::NodeKind::IfStmt: {
      auto is = static_cast<const ast::IfStmt*>(s);
      return is->elseStmt && isTerminating(is->body, "") && isTerminating(is->elseStmt, "");
    }
    case ast::NodeKind::SwitchStmt: {
      auto sw = static_cast<const ast::SwitchStmt*>(s);
      return sw->body && isTerminatingSwitch(sw->body->list, label);
    }
    case ast::NodeKind::TypeSwitchStmt: {
      auto sw = static_cast<const ast::TypeSwitchStmt*>(s);
      return sw->body && isTerminatingSwitch(sw->body->list, label);
    }
    case ast::NodeKind::SelectStmt: {
      auto sel = static_cast<const ast::SelectStmt*>(s);
      if (!sel->body) return true;
      for (const ast::Stmt* c : sel->body->list) {
        auto cc = c->as<ast::CommClause>();
        if (!cc) continue;
        if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
      }
      return true;
    }
    case ast::NodeKind::ForStmt: {
      auto fs = static_cast<const ast::ForStmt*>(s);
      return !fs->cond && !hasBreak(fs->body, label, true);
    }
    default:
      return false;
  }
}

}  // namespace weft::lang::check
