# The two Quick-start commands: `make demo` and `make test`. Each installs the
# Debian packages aser needs (apt-get when root, else prints the line to run),
# configures and builds, then ranks the example tender or runs every test.
# SANITIZE=1: the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer,
# in its own folder (any finding aborts the test that hit it).
SANITIZE ?=
ifeq ($(SANITIZE),1)
BUILD ?= build-asan
BUILD_TYPE ?= RelWithDebInfo
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
CMAKE_EXTRA := -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE_FLAGS)"
export ASAN_OPTIONS ?= detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1
else
BUILD ?= build
BUILD_TYPE ?= Release
CMAKE_EXTRA :=
endif
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PACKAGES := cmake g++ make libcli11-dev libyaml-cpp-dev libfmt-dev catch2 \
            nlohmann-json3-dev nettle-dev libcsv-dev libutf8proc-dev libxlsxwriter-dev \
            libyaml-dev libfyaml-dev libmimalloc-dev pkg-config \
            libcmark-gfm-dev libcmark-gfm-extensions-dev
# What the tests need besides, as package:command (a command already on the
# PATH is enough): Python's csv module, Debian's chromium for the HTML report,
# npm for ajv-cli and playwright-core (tests/node/package-lock.json).
TEST_TOOLS := python3:python3 chromium:chromium npm:npm libreoffice-calc-nogui:soffice
# Debian's Python modules the tests import under /usr/bin/python3 (the xlsx test
# reads workbooks back with openpyxl).
TEST_PACKAGES := python3-openpyxl
EXAMPLE := examples/nettoyage

.PHONY: all deps test-deps install-packages build binary demo test bench clean

all: build

deps:
	@$(MAKE) --no-print-directory install-packages WANTED="$(PACKAGES)"

test-deps: deps
	@wanted=""; for pair in $(TEST_TOOLS); do \
	  command -v $${pair#*:} >/dev/null 2>&1 || wanted="$$wanted $${pair%%:*}"; \
	done; \
	if [ -n "$$wanted" ]; then $(MAKE) --no-print-directory install-packages WANTED="$$wanted"; fi
	@$(MAKE) --no-print-directory install-packages WANTED="$(TEST_PACKAGES)"

install-packages:
	@missing=""; for p in $(WANTED); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "aser needs these Debian packages; run:"; \
	    echo "  sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_EXTRA)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The demo needs the binary only, not the tests.
binary: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target aser

demo: binary
	@echo
	@echo "$$ aser rank $(EXAMPLE)"
	@./$(BUILD)/aser rank $(EXAMPLE)

# Configured again after test-deps: a build folder first configured by `make
# demo` did not see the test tools (python3, node) installed since.
test: test-deps $(BUILD)/CMakeCache.txt
	cmake -S . -B $(BUILD) > /dev/null
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: binary
	bench/run.sh $(BUILD)/aser

clean:
	rm -rf $(BUILD)

# `make fuzz` (local, not CI; docs/fuzzing.md): the libFuzzer targets of fuzz/,
# built with clang in their own folder, each run FUZZ_TIME seconds with the
# dictionary, its committed corpus fuzz/corpus/<target>/ and seeds from
# examples/ and tests/bad_inputs/; then the corpus is minimised with -merge=1,
# new inputs included. A crash, leak or timeout stops the run and is saved as
# $(FUZZ_BUILD)/crash-<target>-*; `make test` replays the corpus.
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME ?= 60
FUZZ_TARGETS ?= grid bid_yaml bid_json rank
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_OPTIONS ?= -dict=fuzz/aser.dict -max_len=65536 -rss_limit_mb=2048 -timeout=10

.PHONY: fuzz fuzz-build
fuzz-build:
	@$(MAKE) --no-print-directory install-packages WANTED="$(PACKAGES) $(FUZZ_PACKAGES)"
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DASER_FUZZ=ON -DASER_TESTS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target aser_fuzzers

fuzz: fuzz-build
	@fuzz/make_seeds.sh $(FUZZ_BUILD)/seeds
	@set -e; for t in $(FUZZ_TARGETS); do \
	  bin=$(FUZZ_BUILD)/fuzz/fuzz_$$t; found=$(FUZZ_BUILD)/found/$$t; merged=$(FUZZ_BUILD)/merged/$$t; \
	  mkdir -p fuzz/corpus/$$t $$found; rm -rf $$merged; mkdir -p $$merged; \
	  echo "== fuzz_$$t: $(FUZZ_TIME) s, corpus fuzz/corpus/$$t: $$(ls fuzz/corpus/$$t | wc -l) inputs"; \
	  $$bin $(FUZZ_OPTIONS) -max_total_time=$(FUZZ_TIME) -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crash-$$t- $$found fuzz/corpus/$$t $(FUZZ_BUILD)/seeds/$$t \
	    2> $(FUZZ_BUILD)/fuzz_$$t.log || { tail -40 $(FUZZ_BUILD)/fuzz_$$t.log; exit 1; }; \
	  grep -E '^#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec' \
	    $(FUZZ_BUILD)/fuzz_$$t.log || true; \
	  $$bin $(FUZZ_OPTIONS) -merge=1 $$merged fuzz/corpus/$$t $$found $(FUZZ_BUILD)/seeds/$$t \
	    2> $(FUZZ_BUILD)/merge_$$t.log; \
	  rm -rf fuzz/corpus/$$t; mv $$merged fuzz/corpus/$$t; \
	  echo "   corpus after merge: $$(ls fuzz/corpus/$$t | wc -l) inputs"; \
	done
