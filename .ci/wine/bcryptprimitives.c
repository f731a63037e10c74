/*
 * bcryptprimitives.dll for Wine 8, which lacks it: Rust's standard library
 * on Windows gets its random bytes from ProcessPrng, so no Rust program
 * loads without it. This one exports ProcessPrng alone, on top of
 * RtlGenRandom (advapi32's SystemFunction036). CI builds it with
 * x86_64-w64-mingw32-gcc; see .ci/run.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
