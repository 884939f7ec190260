# A test that fails because a tool the tests need is missing: says what to install.
message(FATAL_ERROR "${TOOL} is missing: sudo apt-get install -y ${PACKAGE} (make test installs it)")
