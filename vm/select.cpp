// select: see vm/select.hpp for the algorithm and the locking rules.
#include "vm/select.hpp"

#include <algorithm>
#include <functional>

#include "vm/scheduler.hpp"

namespace weft::vm {

namespace {

uint64_t nextRandom(uint64_t& s) {  // xorshift64*
  s ^= s >> 12;
  s ^= s << 25;
  s ^= s >> 27;
  return s * 0x2545F4914F6CDD1Dull;
}

bool before(const Channel* a, const Channel* b) {
  return std::less<const Channel*>()(a, b);
}

void lockAll(const CommCase* cases, const std::vector<uint16_t>& order) {
  const Channel* prev = nullptr;
  for (uint16_t i : order) {
    Channel* c = cases[i].chan;
    if (c != prev) c->lock.lock();
    prev = c;
  }
}

void unlockAll(const CommCase* cases, const std::vector<uint16_t>& order) {
  for (std::size_t k = order.size(); k-- > 0;) {
    Channel* c = cases[order[k]].chan;
    if (k == 0 || cases[order[k - 1]].chan != c) c->lock.unlock();
  }
}

}  // namespace

SelectOutcome selectBegin(SyncEnv& env, Schedulable* self, const CommCase* cases, int n,
                          bool hasDefault, SelectScratch& s) {
  if (s.rng == 0) s.rng = 0x9E3779B97F4A7C15ull;
  s.pollOrder.clear();
  for (int i = 0; i < n; i++) {
    if (!cases[i].chan) continue;
    // Inside-out Fisher-Yates: insert i at a uniformly random position.
    s.pollOrder.push_back(static_cast<uint16_t>(i));
    std::size_t j = nextRandom(s.rng) % s.pollOrder.size();
    std::swap(s.pollOrder[j], s.pollOrder.back());
  }
  if (s.pollOrder.empty()) {
    if (hasDefault) return {ChanOpStatus::Done, -1};
    return {ChanOpStatus::Parked, -1, false, n == 0 ? "select (no cases)" : "select"};
  }
  s.lockOrder = s.pollOrder;
  std::sort(s.lockOrder.begin(), s.lockOrder.end(),
            [&](uint16_t a, uint16_t b) { return before(cases[a].chan, cases[b].chan); });

  lockAll(cases, s.lockOrder);
  // Pass 1: the first ready case in poll order.
  for (uint16_t i : s.pollOrder) {
    const CommCase& k = cases[i];
    Schedulable* woken = nullptr;
    if (k.send) {
      if (k.chan->closed) {
        unlockAll(cases, s.lockOrder);
        return {ChanOpStatus::Panic, i, false, nullptr, "send on closed channel"};
      }
      if (chan_detail::sendLocked(env, self, k.chan, k.elem, &woken)) {
        unlockAll(cases, s.lockOrder);
        if (woken) env.sched.ready(woken);
        return {ChanOpStatus::Done, i, false};
      }
    } else {
      bool ok = false;
      if (chan_detail::recvLocked(env, self, k.chan, k.elem, &ok, &woken)) {
        unlockAll(cases, s.lockOrder);
        if (woken) env.sched.ready(woken);
        return {ChanOpStatus::Done, i, ok};
      }
    }
  }
  if (hasDefault) {
    unlockAll(cases, s.lockOrder);
    return {ChanOpStatus::Done, -1};
  }
  // Pass 2: wait on every case.
  if (s.waiters.size() < static_cast<std::size_t>(n)) s.waiters.resize(n);
  s.wait.done.store(0, std::memory_order_relaxed);
  s.wait.winner = -1;
  for (uint16_t i : s.lockOrder) {
    const CommCase& k = cases[i];
    Waiter& w = s.waiters[i];
    w.task = self;
    w.elem = k.elem;
    w.select = &s.wait;
    w.caseIndex = i;
    w.success = false;
    (k.send ? k.chan->sendq : k.chan->recvq).push(&w);
  }
  unlockAll(cases, s.lockOrder);
  return {ChanOpStatus::Parked, -1, false, "select"};
}

SelectOutcome selectResume(SyncEnv& env, Schedulable* self, const CommCase* cases, int n,
                           SelectScratch& s) {
  // The winner's CAS (acq_rel) and ready() ordered its writes before this point.
  int winner = s.wait.winner;
  lockAll(cases, s.lockOrder);
  for (uint16_t i : s.lockOrder) {
    if (i == winner) continue;
    const CommCase& k = cases[i];
    (k.send ? k.chan->sendq : k.chan->recvq).remove(&s.waiters[i]);
  }
  unlockAll(cases, s.lockOrder);
  const Waiter& w = s.waiters[winner];
  if (cases[winner].send) {
    if (!w.success) return {ChanOpStatus::Panic, winner, false, nullptr, "send on closed channel"};
    return {ChanOpStatus::Done, winner, false};
  }
  return {ChanOpStatus::Done, winner, w.success};
}

}  // namespace weft::vm
