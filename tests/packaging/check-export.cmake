# cmake -DEXPORT_FILE=export.json -DVERSION=x.y.z -P check-export.cmake
# Parses an export-data JSON file: it must name this version as its generator and hold the shipped
# dataset (non-empty companies, metrics, observations, events and articles).
file(READ "${EXPORT_FILE}" json)
string(JSON generator ERROR_VARIABLE error GET "${json}" generator)
if(error)
    message(FATAL_ERROR "${EXPORT_FILE} is not an export: ${error}")
endif()
if(NOT generator STREQUAL "Tigerscope ${VERSION}")
    message(FATAL_ERROR "export generator is '${generator}', expected 'Tigerscope ${VERSION}'")
endif()
foreach(section IN ITEMS companies metrics observations events articles)
    string(JSON count ERROR_VARIABLE error LENGTH "${json}" ${section})
    if(error OR count EQUAL 0)
        message(FATAL_ERROR "export has no ${section}: ${error}")
    endif()
    message(STATUS "${section}: ${count}")
endforeach()
