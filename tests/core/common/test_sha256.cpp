// The journal's hash is the standard SHA-256: an auditor recomputes it with any tool.
#include "core/common/sha256.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

TEST_CASE("SHA-256 gives the standard digests, in parts or whole, from any thread", "[sha256]")
{
    CHECK(vigie::sha256Hex({ "abc" })
          == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(vigie::sha256Hex({})
          == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(vigie::sha256Hex({ "a", "b", "c" }) == vigie::sha256Hex({ "abc" }));
    const QByteArray large(1 << 20, 'x');
    CHECK(vigie::sha256Hex({ large })
          == QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex());

    std::vector<QByteArray> results(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&results, i] {
            for (int n = 0; n < 1000; ++n)
                results[i] = vigie::sha256Hex({ "abc" });
        });
    for (std::thread &t : threads)
        t.join();
    for (const QByteArray &r : results)
        CHECK(r == vigie::sha256Hex({ "abc" }));
}
