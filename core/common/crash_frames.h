// Where a crash happened, in a form that a stripped Release build can still answer: each frame
// of the backtrace as module+offset, with the build id of each module named, so that addr2line on
// the module's debug file (the vigie-dbgsym package) gives the function and the line.
#pragma once

namespace vigie::logging {

// Notes the modules loaded now (the program and its libraries), their address ranges and build
// ids. Not async-signal-safe: call it when installing the handler.
void noteLoadedModules();

// Writes "F vigie.crash: #N MODULE+0xOFFSET" for each frame, then "F vigie.crash: build-id of
// MODULE: HEX" for each module named, to each descriptor that is >= 0. Async-signal-safe.
void writeFrames(void *const *frames, int count, int fd1, int fd2);

} // namespace vigie::logging
