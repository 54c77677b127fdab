#include "app/application.h"

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

TEST_CASE("the GUI's memory is out of reach of the desk's other processes", "[app][security]")
{
    // In a child, so that this test process stays debuggable (the sanitizers' leak check needs
    // it). Non-dumpable: no core file with a typed password in it, no debugger attach by another
    // process of the same OS account.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const bool made = vigie::app::keepMemoryPrivate();
        _exit(made && prctl(PR_GET_DUMPABLE) == 0 ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(prctl(PR_GET_DUMPABLE) == 1);
}
