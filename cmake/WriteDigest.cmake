# cmake -DIN=file -DOUT=digest -P WriteDigest.cmake: writes IN's SHA-256 (hex) into OUT, so the
# application names its unpacked copy of a resource without hashing it at each start.
file(SHA256 "${IN}" digest)
file(WRITE "${OUT}" "${digest}")
