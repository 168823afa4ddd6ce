# Tests the installed package (CTest `embed_install`, registered in the top-level CMakeLists.txt):
#   1. cmake --install the build tree into WORK_DIR/prefix;
#   2. configure, build and run examples/embed against it with find_package(weft CONFIG);
#   3. compile and run the same example with the flags of `pkg-config --cflags --libs weft`;
#   4. check that nothing installed for the library mentions readline.
# Variables: WEFT_BUILD_DIR, WEFT_SOURCE_DIR, WORK_DIR, BUILD_TYPE, CXX, LAUNCHER (optional).
foreach(var WEFT_BUILD_DIR WEFT_SOURCE_DIR WORK_DIR CXX)
  if(NOT ${var})
    message(FATAL_ERROR "TestInstall.cmake: ${var} is not set")
  endif()
endforeach()

function(run_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
  endif()
  set(STEP_OUTPUT "${out}" PARENT_SCOPE)
endfunction()

set(prefix ${WORK_DIR}/prefix)
set(example ${WEFT_SOURCE_DIR}/examples/embed)
file(REMOVE_RECURSE ${WORK_DIR})

run_step("cmake --install" ${CMAKE_COMMAND} --install ${WEFT_BUILD_DIR} --prefix ${prefix})

set(launcher_arg)
if(LAUNCHER)
  set(launcher_arg -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER})
endif()
run_step("configuring the example against the package"
  ${CMAKE_COMMAND} -S ${example} -B ${WORK_DIR}/build -DCMAKE_PREFIX_PATH=${prefix}
  -DCMAKE_BUILD_TYPE=${BUILD_TYPE} -DCMAKE_CXX_COMPILER=${CXX} ${launcher_arg})
run_step("building the example" ${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run_step("running the example (find_package)" ${WORK_DIR}/build/job_runner ${example}/jobs)
if(NOT STEP_OUTPUT MATCHES "all jobs ok")
  message(FATAL_ERROR "job_runner (find_package build) printed:\n${STEP_OUTPUT}")
endif()

find_program(PKG_CONFIG pkg-config)
if(PKG_CONFIG)
  file(GLOB_RECURSE pc_files ${prefix}/*/weft.pc)
  list(GET pc_files 0 pc_file)
  get_filename_component(pc_dir ${pc_file} DIRECTORY)
  set(ENV{PKG_CONFIG_PATH} ${pc_dir})
  run_step("pkg-config" ${PKG_CONFIG} --cflags --libs weft)
  string(STRIP "${STEP_OUTPUT}" flags)
  separate_arguments(flags UNIX_COMMAND "${flags}")
  run_step("compiling the example with pkg-config's flags"
    ${CXX} -std=c++20 ${example}/job_runner.cpp ${flags} -o ${WORK_DIR}/job_runner_pc)
  run_step("running the example (pkg-config)" ${WORK_DIR}/job_runner_pc ${example}/jobs)
  if(NOT STEP_OUTPUT MATCHES "all jobs ok")
    message(FATAL_ERROR "job_runner (pkg-config build) printed:\n${STEP_OUTPUT}")
  endif()
else()
  message(STATUS "pkg-config not found: skipping the pkg-config build")
endif()

file(GLOB_RECURSE package_files ${prefix}/*/cmake/weft/*.cmake ${prefix}/*/weft.pc)
foreach(f ${package_files})
  file(READ ${f} text)
  if(text MATCHES "readline")
    message(FATAL_ERROR "${f} mentions readline: the library must not link it")
  endif()
endforeach()
message(STATUS "installed package OK")
