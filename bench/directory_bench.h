// vigie-bench directory: a large directory in the real widgets. Imports a generated file of
// 2,000 cameras (CameraFile, as vigiectl and the GUI do), builds the real CameraTree and a 4x4
// WallView offscreen, then types realistic searches letter by letter: the time of each
// keystroke's filtering and repaint (p50/p95/p99, target under 20 ms at p99), and how late a
// 10 ms timer of the GUI thread fires while typing (the wall and the tree stay fluid).
#pragma once

class QTextStream;

namespace vigie::bench {

// Needs a QApplication (offscreen): main() hands it argc and argv before making any application.
inline constexpr char kDirectoryCommand[] = "directory";
int runDirectoryBench(int argc, char **argv);

} // namespace vigie::bench
