# The two Quick-start commands: `make demo` and `make test`. Each installs the
# Debian packages aser needs (apt-get when root, else prints the line to run),
# configures and builds, then ranks the example tender or runs every test.
BUILD ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PACKAGES := cmake g++ make libcli11-dev libyaml-cpp-dev libfmt-dev catch2 \
            nlohmann-json3-dev libssl-dev
EXAMPLE := examples/nettoyage

.PHONY: all deps build binary demo test bench clean

all: build

deps:
	@missing=""; for p in $(PACKAGES); do \
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
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The demo needs the binary only, not the tests.
binary: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target aser

demo: binary
	@echo
	@echo "$$ aser rank $(EXAMPLE)"
	@./$(BUILD)/aser rank $(EXAMPLE)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: binary
	bench/run.sh $(BUILD)/aser

clean:
	rm -rf $(BUILD)
