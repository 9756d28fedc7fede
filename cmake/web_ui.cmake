# The browser front end (web/ui): npm packages installed when package-lock.json changes, a Vite
# build into the build tree, and every built file embedded into a generated C++ source.
#
#   polyfon_web_ui(OUT_VAR)   sets OUT_VAR to the generated source (add it to a target)

include_guard(GLOBAL)
find_program(POLYFON_NPM npm REQUIRED)

# Installs DIR's npm packages when its package-lock.json changes; the stamp is STAMP.
function(polyfon_npm_ci dir stamp)
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DNPM=${POLYFON_NPM} -DDIR=${dir} -DSTAMP=${stamp} -P ${PROJECT_SOURCE_DIR}/cmake/npm_ci.cmake
    DEPENDS ${dir}/package-lock.json ${dir}/package.json ${PROJECT_SOURCE_DIR}/cmake/npm_ci.cmake
    COMMENT "Installing the npm packages of ${dir}"
    VERBATIM)
endfunction()

function(polyfon_web_ui out_var)
  set(ui_dir ${PROJECT_SOURCE_DIR}/web/ui)
  set(dist ${CMAKE_CURRENT_BINARY_DIR}/ui-dist)
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/ui-npm-ci.stamp)
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/web_assets.cpp)
  file(GLOB_RECURSE ui_sources CONFIGURE_DEPENDS ${ui_dir}/src/* ${ui_dir}/public/*)
  list(APPEND ui_sources ${ui_dir}/index.html ${ui_dir}/vite.config.ts ${ui_dir}/tsconfig.json)
  polyfon_npm_ci(${ui_dir} ${stamp})
  add_custom_command(
    OUTPUT ${generated}
    COMMAND ${POLYFON_NPM} run --silent build -- --outDir ${dist} --emptyOutDir --logLevel warn
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${generated} -DASSET_DIR=${dist} -P ${PROJECT_SOURCE_DIR}/cmake/embed_web_assets.cmake
    WORKING_DIRECTORY ${ui_dir}
    DEPENDS ${stamp} ${ui_sources} ${PROJECT_SOURCE_DIR}/cmake/embed_web_assets.cmake
    COMMENT "Building the front end (Vite) and embedding it"
    VERBATIM)
  set(${out_var} ${generated} PARENT_SCOPE)
endfunction()

# The annual report's chart script (web/ui/src/report, built by vite.report.config.ts into one
# file) embedded as polyfon::app::ReportChartFiles(); sets OUT_VAR to the generated source.
function(polyfon_report_charts out_var)
  set(ui_dir ${PROJECT_SOURCE_DIR}/web/ui)
  set(dist ${CMAKE_CURRENT_BINARY_DIR}/report-charts-dist)
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/report-npm-ci.stamp)
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/report_charts.cpp)
  file(GLOB_RECURSE chart_sources CONFIGURE_DEPENDS ${ui_dir}/src/report/*)
  polyfon_npm_ci(${ui_dir} ${stamp})
  add_custom_command(
    OUTPUT ${generated}
    COMMAND ${POLYFON_NPM} exec --offline -- vite build --config vite.report.config.ts --outDir ${dist} --emptyOutDir --logLevel warn
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${generated} -DBASE_DIR=${dist} -DFILES=report-charts.js
            -DFUNCTION=ReportChartFiles -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    WORKING_DIRECTORY ${ui_dir}
    DEPENDS ${stamp} ${chart_sources} ${ui_dir}/vite.report.config.ts ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Building the report's chart script (Vite) and embedding it"
    VERBATIM)
  set(${out_var} ${generated} PARENT_SCOPE)
endfunction()
