// Package initialization order (spec "Package initialization"; go/types' initorder.go):
// repeatedly pick the earliest variable in declaration order whose initializer depends on no
// uninitialized variable (dependencies through functions and methods count); report cycles.
#include <algorithm>
#include <functional>
#include <set>

#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

namespace {

bool isValue(const Object* o) {
  return o->kind == ObjKind::Var || o->kind == ObjKind::Const;
}

}  // namespace

void Checker::initOrder() {
  // The variables and constants each value object depends on, looking through functions.
  std::unordered_map<Object*, std::set<Object*>> reach;
  auto depsOf = [&](Object* o) -> const std::vector<Object*>& {
    static const std::vector<Object*> none;
    auto it = objMap_.find(o);
    return it == objMap_.end() ? none : it->second->depsOrdered;
  };
  for (Object* o : objList_) {
    if (!isValue(o)) continue;
    std::set<Object*>& r = reach[o];
    std::set<Object*> seenFuncs;
    std::vector<Object*> work(depsOf(o).begin(), depsOf(o).end());
    while (!work.empty()) {
      Object* d = work.back();
      work.pop_back();
      if (isValue(d)) {
        r.insert(d);
        continue;
      }
      if (d->kind == ObjKind::Func && seenFuncs.insert(d).second)
        for (Object* x : depsOf(d)) work.push_back(x);
    }
  }

  // Cycles: a value object reachable from itself.
  std::set<Object*> inReportedCycle;
  for (Object* o : objList_) {
    if (!isValue(o) || inReportedCycle.count(o)) continue;
    // Is o reachable from o through the value graph?
    std::set<Object*> visited;
    std::vector<Object*> work(reach[o].begin(), reach[o].end());
    bool cyclic = false;
    while (!work.empty() && !cyclic) {
      Object* d = work.back();
      work.pop_back();
      if (d == o) cyclic = true;
      if (!visited.insert(d).second) continue;
      for (Object* x : reach[d]) work.push_back(x);
    }
    if (!cyclic) continue;
    // Find the path o -> ... -> o through all objects, to name it as Go does.
    std::vector<Object*> path;
    std::set<Object*> seen;
    std::function<bool(Object*)> find = [&](Object* from) -> bool {
      for (Object* d : depsOf(from)) {
        if (d == o) return true;
        if (!seen.insert(d).second) continue;
        path.push_back(d);
        if (find(d)) return true;
        path.pop_back();
      }
      return false;
    };
    path.push_back(o);
    seen.insert(o);
    if (!find(o)) path = {o};
    for (Object* p : path) inReportedCycle.insert(p);
    auto dit = objMap_.find(o);
    if (dit != objMap_.end()) setFile(dit->second->file, nullptr);
    if (path.size() == 1) {
      error(o->pos, "initialization cycle: " + o->name + " refers to itself");
    } else {
      std::string msg = "initialization cycle for " + o->name;
      for (size_t i = 0; i < path.size(); i++) {
        Object* cur = path[i];
        Object* next = path[(i + 1) % path.size()];
        msg += "\n\t" + posString(cur->pos) + ": " + cur->name + " refers to " + next->name;
      }
      error(o->pos, msg);
    }
  }

  // Emit initializers in Go's order.
  std::set<const DeclInfo*> done;
  std::set<Object*> initialized;
  std::vector<Var*> pending;
  for (Object* o : objList_) {
    if (o->kind != ObjKind::Var) continue;
    // A variable without an initializer is not initialized yet either (spec): it is ready at
    // once but takes its turn in declaration order, so `var a = f(x)` declared before
    // `var e = g()` still waits for x (declared after e) and e goes first.
    pending.push_back(static_cast<Var*>(o));
  }
  auto hasInit = [&](const DeclInfo* d) {
    return d && (d->init || (d->lhs.size() > 1 && d->vspec && d->vspec->values.size() == 1));
  };
  auto emit = [&](Var* v) {
    DeclInfo* d = objMap_[v];
    if (!hasInit(d)) {
      initialized.insert(v);
      return;
    }
    if (!done.insert(d).second) return;
    Initializer init;
    if (d->lhs.size() > 1 && !d->init) {
      init.lhs = d->lhs;
      init.rhs = d->vspec->values[0];
    } else {
      init.lhs = {v};
      init.rhs = d->init;
    }
    for (Var* l : init.lhs) initialized.insert(l);
    out_.initOrder.push_back(std::move(init));
  };
  while (!pending.empty()) {
    bool progress = false;
    for (size_t i = 0; i < pending.size(); i++) {
      Var* v = pending[i];
      DeclInfo* d = objMap_[v];
      bool ready = true;
      for (Object* dep : reach[v]) {
        if (dep->kind != ObjKind::Var) continue;
        // Members of the same multi-value initializer become ready together.
        if (std::find(d->lhs.begin(), d->lhs.end(), dep) != d->lhs.end() && dep != v &&
            d->lhs.size() > 1 && !d->init)
          continue;
        if (!initialized.count(dep)) {
          ready = false;
          break;
        }
      }
      if (!ready) continue;
      emit(v);
      pending.erase(std::remove_if(pending.begin(), pending.end(),
                                   [&](Var* p) { return initialized.count(p) > 0; }),
                    pending.end());
      progress = true;
      break;
    }
    if (!progress) {
      // A cycle (reported above): emit the rest in declaration order.
      for (Var* v : pending) emit(v);
      break;
    }
  }
}

}  // namespace weft::lang::check
