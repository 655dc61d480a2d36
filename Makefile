# Thin wrapper: the README's commands. The real build is CMake.
BUILD ?= build
JOBS ?= $(shell nproc)
DEMO_OUT ?= demo-output

.PHONY: all deps build test demo bench qgis translations package clean

all: build

deps:
	./scripts/install-deps.sh

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j$(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j1

demo: build
	./demo/run_demo.sh $(BUILD) $(DEMO_OUT)

bench: build
	./bench/run_bench.sh $(BUILD)

qgis: build
	./scripts/run-qgis.sh $(BUILD)

# The Debian package for IT departments: $(BUILD)/qgis-plugin-sozialraum_<version>-1_<arch>.deb
# (CPack; files under /usr whatever the build's install prefix; see packaging/).
package: build
	cd $(BUILD) && cpack -G DEB
	@ls -1 $(BUILD)/qgis-plugin-sozialraum_*.deb

# Refreshes i18n/sozialraum_de.ts from the sources (then translate the new entries).
translations:
	lupdate -locations relative -no-obsolete plugin processing -ts i18n/sozialraum_de.ts

clean:
	rm -rf $(BUILD) $(DEMO_OUT)
