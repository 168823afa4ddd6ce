# Thin wrapper around CMake. `make run` and `make test` are all a fresh Debian 12 machine needs.
BUILD      ?= build
BUILD_TYPE ?= Release
JOBS       ?= 2
PACKAGES   := g++ cmake make ccache libboost-dev doctest-dev libreadline-dev python3 golang-go \
              nlohmann-json3-dev vim
# Peers that `make bench` compares Weft with (bench/run.py skips any that are missing);
# `time` is GNU time, which run.py uses to measure peak RSS.
BENCH_PACKAGES := lua5.4 luajit golang-go yaegi time
BENCH_FLAGS    ?=
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test test-tsan test-asan bench bench-deps install clean

all: build

# Installs the Debian packages that are missing (and only those).
deps:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

run: build
	$(BUILD)/weft examples/showcase.go

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# ThreadSanitizer: the unit suite, then every Go concurrency program (tests/go_conc) on 1, 2 and
# 4 workers. A race report makes the program exit 66 (or fail its stderr check): the run fails.
TSAN_OPTIONS_RUN := halt_on_error=1 exitcode=66 second_deadlock_stack=1
test-tsan: deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWEFT_SANITIZE=thread
	cmake --build build-tsan -j$(JOBS)
	cd build-tsan && TSAN_OPTIONS="$(TSAN_OPTIONS_RUN)" ctest --output-on-failure -j$(JOBS) -R '^unit$$'
	for p in 1 2 4; do \
	  echo "tests/go_conc with GOMAXPROCS=$$p"; \
	  GOMAXPROCS=$$p TSAN_OPTIONS="$(TSAN_OPTIONS_RUN)" python3 tests/run_go_tests.py \
	    --weft build-tsan/weft --timeout 60 \
	    --known-failures tests/go_conc/KNOWN_FAILURES.workers$$p tests/go_conc || exit 1; \
	done

test-asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DWEFT_SANITIZE=address,undefined
	cmake --build build-asan -j$(JOBS)
	cd build-asan && ctest --output-on-failure -j$(JOBS)

# Installs the benchmark peers that are missing (and only those).
bench-deps:
	@missing=""; for p in $(BENCH_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# `make bench BENCH_FLAGS="--only fib,nbody --runs 5"` passes options to bench/run.py.
bench: build bench-deps
	python3 bench/run.py --weft $(BUILD)/weft $(BENCH_FLAGS)

install: build
	cmake --install $(BUILD) $(if $(PREFIX),--prefix $(PREFIX))

clean:
	rm -rf $(BUILD) build-tsan build-asan
