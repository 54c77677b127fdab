#include "core/common/crash_frames.h"

#include <cstdint>
#include <cstring>
#include <elf.h>
#include <initializer_list>
#include <link.h>
#include <unistd.h>

namespace vigie::logging {
namespace {

struct Module
{
    std::uintptr_t base = 0; // what addresses in the module are offsets from (its load bias)
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    char path[256] = {};
    char buildId[2 * 64 + 1] = {};
    bool named = false; // a frame of the crash is in it
};

// Filled before any crash, read by the handler: no allocation there.
Module g_modules[128];
int g_moduleCount = 0;

void copyText(char *to, std::size_t size, const char *from)
{
    std::size_t i = 0;
    for (; from && from[i] && i + 1 < size; ++i)
        to[i] = from[i];
    to[i] = '\0';
}

void readBuildId(const dl_phdr_info *info, const ElfW(Phdr) & note, Module &module)
{
    const char *at = reinterpret_cast<const char *>(info->dlpi_addr + note.p_vaddr);
    const char *end = at + note.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
        const auto *header = reinterpret_cast<const ElfW(Nhdr) *>(at);
        const char *name = at + sizeof(ElfW(Nhdr));
        const char *desc = name + ((header->n_namesz + 3) & ~3U);
        if (header->n_type == NT_GNU_BUILD_ID && header->n_namesz == 4
            && std::memcmp(name, "GNU", 4) == 0 && desc + header->n_descsz <= end) {
            static const char digits[] = "0123456789abcdef";
            const auto *bytes = reinterpret_cast<const unsigned char *>(desc);
            const unsigned size = header->n_descsz < 64 ? header->n_descsz : 64;
            for (unsigned i = 0; i < size; ++i) {
                module.buildId[2 * i] = digits[bytes[i] >> 4];
                module.buildId[2 * i + 1] = digits[bytes[i] & 15];
            }
            module.buildId[2 * size] = '\0';
            return;
        }
        at = desc + ((header->n_descsz + 3) & ~3U);
    }
}

int noteModule(dl_phdr_info *info, std::size_t, void *)
{
    if (g_moduleCount >= int(sizeof g_modules / sizeof g_modules[0]))
        return 1;
    Module &module = g_modules[g_moduleCount];
    module = Module();
    module.base = info->dlpi_addr;
    module.begin = UINTPTR_MAX;
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr) &segment = info->dlpi_phdr[i];
        if (segment.p_type == PT_LOAD) {
            const std::uintptr_t from = info->dlpi_addr + segment.p_vaddr;
            if (from < module.begin)
                module.begin = from;
            if (from + segment.p_memsz > module.end)
                module.end = from + segment.p_memsz;
        } else if (segment.p_type == PT_NOTE && !module.buildId[0]) {
            readBuildId(info, segment, module);
        }
    }
    if (module.begin >= module.end)
        return 0; // the vDSO's or an empty entry
    if (info->dlpi_name && info->dlpi_name[0]) {
        copyText(module.path, sizeof module.path, info->dlpi_name);
    } else {
        // The program itself has no name in the list.
        const ssize_t length = ::readlink("/proc/self/exe", module.path, sizeof module.path - 1);
        module.path[length > 0 ? length : 0] = '\0';
    }
    ++g_moduleCount;
    return 0;
}

void put(int fd1, int fd2, const char *text, std::size_t length)
{
    for (int fd : { fd1, fd2 }) {
        if (fd >= 0 && ::write(fd, text, length) < 0) {
            // Nothing more can be done inside a signal handler.
        }
    }
}

void put(int fd1, int fd2, const char *text)
{
    put(fd1, fd2, text, std::strlen(text));
}

// Decimal or hexadecimal, into a buffer of the caller's.
const char *number(std::uintptr_t value, unsigned radix, char (&buffer)[32])
{
    char *at = buffer + sizeof buffer - 1;
    *at = '\0';
    do {
        *--at = "0123456789abcdef"[value % radix];
        value /= radix;
    } while (value != 0);
    return at;
}

} // namespace

void noteLoadedModules()
{
    g_moduleCount = 0;
    dl_iterate_phdr(noteModule, nullptr);
}

void writeFrames(void *const *frames, int count, int fd1, int fd2)
{
    char buffer[32];
    for (int i = 0; i < count; ++i) {
        const auto address = reinterpret_cast<std::uintptr_t>(frames[i]);
        put(fd1, fd2, "F vigie.crash: #");
        put(fd1, fd2, number(std::uintptr_t(i), 10, buffer));
        put(fd1, fd2, " ");
        Module *in = nullptr;
        for (int m = 0; m < g_moduleCount && !in; ++m) {
            if (address >= g_modules[m].begin && address < g_modules[m].end)
                in = &g_modules[m];
        }
        if (in) {
            in->named = true;
            put(fd1, fd2, in->path);
            put(fd1, fd2, "+0x");
            put(fd1, fd2, number(address - in->base, 16, buffer));
        } else {
            put(fd1, fd2, "0x");
            put(fd1, fd2, number(address, 16, buffer));
        }
        put(fd1, fd2, "\n");
    }
    for (int m = 0; m < g_moduleCount; ++m) {
        if (!g_modules[m].named || !g_modules[m].buildId[0])
            continue;
        put(fd1, fd2, "F vigie.crash: build-id of ");
        put(fd1, fd2, g_modules[m].path);
        put(fd1, fd2, ": ");
        put(fd1, fd2, g_modules[m].buildId);
        put(fd1, fd2, "\n");
    }
}

} // namespace vigie::logging
