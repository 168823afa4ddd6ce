// Go's math/rand generator over state stored in Go memory (see rng.cpp).
#pragma once

#include <cstdint>

namespace weft::stdlib::rng {

constexpr int kLen = 607;

// A view of an rngSource's words: tap, feed and vec are consecutive slots (one word each).
struct State {
  int64_t& tap;
  int64_t& feed;
  uint64_t* vec;  // kLen words
};

void seed(State& s, int64_t seed);
// The next 64 random bits (Go's rngSource.Uint64; Int63 masks off the top bit).
uint64_t next(State& s);

}  // namespace weft::stdlib::rng
