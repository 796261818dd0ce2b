# `cmake --install` puts every file of the desktop integration where freedesktop tools look.
#   cmake -DBUILD_DIR=build -DPREFIX=some/empty/dir -P check-install.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(expected
  bin/evimap
  share/applications/org.evimap.EviMap.desktop
  share/metainfo/org.evimap.EviMap.metainfo.xml
  share/mime/packages/org.evimap.EviMap.xml
  share/icons/hicolor/scalable/apps/org.evimap.EviMap.svg
  share/icons/hicolor/scalable/mimetypes/application-x-evimap-project.svg
  share/icons/hicolor/16x16/apps/org.evimap.EviMap.png
  share/icons/hicolor/48x48/apps/org.evimap.EviMap.png
  share/icons/hicolor/256x256/apps/org.evimap.EviMap.png)
set(missing "")
foreach(f ${expected})
  if(NOT EXISTS ${PREFIX}/${f})
    list(APPEND missing ${f})
  endif()
endforeach()
if(NOT EXISTS ${PREFIX}/share/man/man1/evimap.1.gz AND NOT EXISTS ${PREFIX}/share/man/man1/evimap.1)
  list(APPEND missing share/man/man1/evimap.1.gz)
endif()
if(missing)
  message(FATAL_ERROR "not installed: ${missing}")
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "cmake --install puts every file in place")
