# Runs `npm ci` in DIR unless DIR/node_modules was already installed from the same package-lock.json
# (by this or another build tree), then touches STAMP. A lock file keeps two build trees from
# installing into the same node_modules at once.
# Run as: cmake -DNPM=... -DDIR=... -DSTAMP=... -P npm_ci.cmake
file(LOCK "${DIR}/.npm-ci.lock" GUARD PROCESS TIMEOUT 1800)
file(SHA256 "${DIR}/package-lock.json" lock_hash)
set(marker "${DIR}/node_modules/.polyfon-package-lock.sha256")
set(installed "")
if(EXISTS "${marker}")
  file(READ "${marker}" installed)
endif()
if(NOT installed STREQUAL lock_hash)
  message(STATUS "npm ci in ${DIR}")
  execute_process(COMMAND "${NPM}" ci --no-audit --no-fund WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed in ${DIR} (${result})")
  endif()
  file(WRITE "${marker}" "${lock_hash}")
endif()
file(TOUCH "${STAMP}")
