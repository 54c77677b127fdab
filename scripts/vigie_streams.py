#!/usr/bin/python3
"""Local RTSP camera streams for Vigie's demo and tests.

Serves /camNN/main and /camNN/sub over RTSP (UDP and TCP interleaved) with
GStreamer's RTSP server library. Every clip is H.264 (or H.265 for the main
streams with --main-codec h265), encoded ONCE into the cache directory and
then looped from memory in real time: no encoding while serving, so the
server costs almost no CPU next to the client under test.

  cam01..cam05  generated test scenes (videotestsrc + camera label + time)
  cam06         the real CCTV clip vtest.avi shipped by Debian's opencv-doc
  cam07..       reuse the generated scenes, cycling

For vigie-bench: --main-size / --main-kbps change the generated scenes' main
streams (default 1280x720, 2000 kbit/s), and --stamp writes the server's
wall-clock send time into every access unit it sends, as an SEI "user data
unregistered" message (H.264 NAL type 6 / H.265 prefix SEI NAL type 39,
payload type 5): the 16 bytes of STAMP_UUID, then the send time in
microseconds since the epoch (CLOCK_REALTIME), a big-endian signed 64-bit
integer. core/video/stream_worker.cpp reads it into VideoFrame::sourceClock_us.

stdout protocol (one line per event, flushed; everything else goes to stderr):
  READY port=<port>
  SESSION open <path> total=<sessions now open on path>
  SESSION close <path> total=<sessions now open on path>

Run it with /usr/bin/python3 (it needs python3-gi).
"""

import argparse
import collections
import ctypes
import fcntl
import glob
import gzip
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstApp", "1.0")  # appsink.try_pull_sample
gi.require_version("GstRtsp", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstApp, GstRtsp, GstRtspServer  # noqa: E402,F401

# Bump when the encoding recipe changes so that old cache files are not reused.
RECIPE = "r2"

MAIN_W, MAIN_H, MAIN_FPS, MAIN_KBPS = 1280, 720, 25, 2000
SUB_W, SUB_H, SUB_FPS, SUB_KBPS = 640, 360, 15, 500
VTEST_KBPS = 2000
PROFILE = "main"  # no B-frames, CABAC: what a typical IP camera sends
MAIN_CODEC = "h264"  # --main-codec; sub-streams are always H.264
# The SEI that --stamp adds (see the docstring); the same bytes in core/video/stream_worker.cpp.
STAMP_UUID = bytes.fromhex("068c9f235e994f9f9199b55162ef102c")

# Generated scenes: (videotestsrc properties, overlay colour). Each one moves.
SCENES = [
    ("pattern=ball motion=sweep background-color=0xff203040 foreground-color=0xffffd040", 0xffffffff),
    ("pattern=smpte horizontal-speed=3", 0xffffffff),
    ("pattern=pinwheel horizontal-speed=2 foreground-color=0xff3080ff background-color=0xff101010", 0xffffff00),
    ("pattern=zone-plate kx2=20 ky2=20 kt=1 kxt=0 kyt=0", 0xff00ffff),
    ("pattern=colors horizontal-speed=4", 0xffffffff),
]
VTEST_CAMERA = 6
# RTP/RTCP UDP ports when bound to one address (below Linux's ephemeral range).
UDP_PORT_MIN, UDP_PORT_MAX = 20000, 32767


FLOW_OK = Gst.FlowReturn.OK


def log(msg):
    sys.stderr.write("vigie_streams: %s\n" % msg)
    sys.stderr.flush()


def say(line):
    """One protocol line on stdout."""
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        pass


# ---------------------------------------------------------------- clips


class ClipSpec:
    """One distinct pre-encoded clip: what to encode and where it is cached."""

    def __init__(self, key, name, source_desc, width, height, fps, kbps, frames, needs_rate=False,
                 codec="h264"):
        self.key = key
        self.codec = codec  # "h264" or "h265"
        self.name = name  # cache file name: carries every parameter
        self.source_desc = source_desc  # gst-launch text ending in raw video
        self.width, self.height, self.fps, self.kbps = width, height, fps, kbps
        self.frames = frames  # None: whole source
        self.needs_rate = needs_rate
        self.stop_ns = None  # cut a file source at this time (element "cut")

    def encode_desc(self, out_path):
        gop = int(round(self.fps[0] / self.fps[1])) or 1
        raw_caps = "video/x-raw,width=%d,height=%d,pixel-aspect-ratio=1/1,framerate=%d/%d" % (
            self.width, self.height, self.fps[0], self.fps[1])
        if self.codec == "h265":
            # Same GOP rules as the H.264 clips: a keyframe every second, no B-frames.
            return (
                "%s ! videoconvert ! videoscale add-borders=true ! %s%s ! "
                "videoconvert ! video/x-raw,format=I420 ! "
                "x265enc bitrate=%d key-int-max=%d speed-preset=veryfast "
                "option-string=\"bframes=0:min-keyint=%d:scenecut=0:open-gop=0:repeat-headers=1\" ! "
                "video/x-h265,profile=main ! h265parse config-interval=-1 ! "
                "video/x-h265,stream-format=byte-stream,alignment=au ! "
                "filesink location=\"%s\""
            ) % (self.source_desc, "videorate ! " if self.needs_rate else "", raw_caps,
                 self.kbps, gop, gop, out_path)
        return (
            "%s ! videoconvert ! videoscale add-borders=true ! %s%s ! "
            "videoconvert ! video/x-raw,format=I420 ! "
            "x264enc bitrate=%d key-int-max=%d bframes=0 b-adapt=false speed-preset=veryfast "
            "byte-stream=true insert-vui=true "
            "option-string=\"min-keyint=%d:scenecut=0:open-gop=0:repeat-headers=1\" ! "
            "video/x-h264,profile=%s ! h264parse config-interval=-1 ! "
            "video/x-h264,stream-format=byte-stream,alignment=au ! "
            "filesink location=\"%s\""
        ) % (self.source_desc, "videorate ! " if self.needs_rate else "", raw_caps,
             self.kbps, gop, gop, PROFILE, out_path)


def fps_tag(fps):
    return "%dfps" % fps[0] if fps[1] == 1 else "%d-%dfps" % fps


def overlays(label, height, colour=0xffffffff, clock=True):
    """Camera label top left and (optionally) the clip time bottom right."""
    font = max(12, height // 18)
    desc = (
        " ! textoverlay text=\"%s\" valignment=top halignment=left font-desc=\"DejaVu Sans Bold %d\" "
        "auto-resize=false color=%d shaded-background=true"
    ) % (label, font, colour)
    if clock:
        desc += (" ! timeoverlay valignment=bottom halignment=right "
                 "font-desc=\"DejaVu Sans Mono Bold %d\" auto-resize=false shaded-background=true"
                 ) % (font * 3 // 4)
    return desc


def codec_tag(codec):
    """What a clip's cache name says of its codec: nothing for H.264 (the names of
    recipe r2), so that the default clips stay where they are."""
    return "" if codec == "h264" else "_hevc"


def clip_ext(codec):
    return ".h265" if codec == "h265" else ".h264"


def scene_spec(scene, label, sub, seconds):
    props, colour = SCENES[scene]
    w, h, fps, kbps = (SUB_W, SUB_H, SUB_FPS, SUB_KBPS) if sub else (MAIN_W, MAIN_H, MAIN_FPS, MAIN_KBPS)
    codec = "h264" if sub else MAIN_CODEC
    frames = seconds * fps
    src = (
        "videotestsrc is-live=false num-buffers=%d %s ! "
        "video/x-raw,width=%d,height=%d,framerate=%d/1"
    ) % (frames, props, w, h, fps) + overlays(label, h, colour)
    name = "scene%d-%s_%dx%d_%dfps_%ds%s_%s_%dk_gop%d_%s%s" % (
        scene + 1, label.replace(" ", "").lower(), w, h, fps, seconds, codec_tag(codec), PROFILE,
        kbps, fps, RECIPE, clip_ext(codec))
    return ClipSpec(name, name, src, w, h, (fps, 1), kbps, frames, codec=codec)


def find_vtest():
    paths = []
    try:
        out = subprocess.run(["dpkg", "-L", "opencv-doc"], capture_output=True, text=True, check=False).stdout
        paths = [p for p in out.split() if os.path.basename(p) in ("vtest.avi", "vtest.avi.gz")]
    except OSError:
        pass
    paths += glob.glob("/usr/share/doc/opencv-doc/examples/data/vtest.avi*")
    for p in paths:
        if os.path.isfile(p):
            return p
    return None


def vtest_source(cache):
    """Path of a plain vtest.avi (gunzipped into the cache if need be)."""
    src = find_vtest()
    if src is None:
        raise SystemExit("vigie_streams: vtest.avi not found (install opencv-doc: scripts/setup)")
    if not src.endswith(".gz"):
        return src
    plain = os.path.join(cache, "vtest-source_%d.avi" % os.path.getsize(src))
    if not os.path.exists(plain):
        fd, tmp = tempfile.mkstemp(dir=cache, suffix=".part")
        with os.fdopen(fd, "wb") as out, gzip.open(src, "rb") as inp:
            shutil.copyfileobj(inp, out)
        os.replace(tmp, plain)
    return plain


def probe_video(path):
    """(width, height, (fps_n, fps_d)) of the first video stream of a file."""
    pipe = Gst.parse_launch("filesrc location=\"%s\" ! decodebin ! fakesink name=sink" % path)
    pipe.set_state(Gst.State.PAUSED)
    pipe.get_state(10 * Gst.SECOND)
    caps = pipe.get_by_name("sink").get_static_pad("sink").get_current_caps()
    pipe.set_state(Gst.State.NULL)
    if caps is None:
        raise SystemExit("vigie_streams: cannot decode %s" % path)
    s = caps.get_structure(0)
    ok, n, d = s.get_fraction("framerate")
    if not ok or n == 0:
        n, d = 25, 1
    return s.get_value("width"), s.get_value("height"), (n, d)


def vtest_spec(path, native, label, sub, seconds):
    w0, h0, fps0 = native
    if sub:
        w, h, fps, kbps, rate = SUB_W, SUB_H, (SUB_FPS, 1), SUB_KBPS, True
    else:
        w, h, fps, kbps, rate = w0, h0, fps0, VTEST_KBPS, False
    codec = "h264" if sub else MAIN_CODEC
    frames = seconds * fps[0] // fps[1] if seconds else None
    # The label goes on at the native size, before any scaling, as a camera would.
    src = "filesrc location=\"%s\" ! decodebin ! identity name=cut ! videoconvert%s" % (
        path, overlays(label, h0, clock=False))
    name = "vtest-%d-%s_%dx%d_%s_%s%s_%s_%dk_gop%d_%s%s" % (
        os.path.getsize(path), label.replace(" ", "").lower(), w, h, fps_tag(fps),
        "%ds" % seconds if seconds else "full", codec_tag(codec),
        PROFILE, kbps, fps[0] // fps[1], RECIPE, clip_ext(codec))
    spec = ClipSpec(name, name, src, w, h, fps, kbps, frames, needs_rate=rate, codec=codec)
    spec.stop_ns = seconds * Gst.SECOND if seconds else None
    return spec


def cut_at(element, stop_ns):
    """End the stream at stop_ns: drop later buffers and send EOS once."""
    done = []

    def probe(pad, info):
        buf = info.get_buffer()
        if buf.pts == Gst.CLOCK_TIME_NONE or buf.pts < stop_ns:
            return Gst.PadProbeReturn.OK
        if not done:
            done.append(True)
            pad.push_event(Gst.Event.new_eos())
        return Gst.PadProbeReturn.DROP

    element.get_static_pad("src").add_probe(Gst.PadProbeType.BUFFER, probe)


def encode_missing(specs, cache):
    """Encode every clip not yet in the cache, a few pipelines at a time. A lock
    file makes a second server sharing the cache wait, then reuse the clips."""
    if all(os.path.exists(os.path.join(cache, s.name)) for s in specs):
        return 0.0
    with open(os.path.join(cache, ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for stale in glob.glob(os.path.join(cache, ".enc-*.part")):
            os.unlink(stale)  # left by a server killed while encoding
        return _encode_missing(specs, cache)


def _encode_missing(specs, cache):
    todo = [s for s in specs if not os.path.exists(os.path.join(cache, s.name))]
    if not todo:
        return 0.0
    t0 = time.monotonic()
    parallel = max(1, min(len(todo), os.cpu_count() or 2))
    running = []
    queue = list(todo)
    while queue or running:
        while queue and len(running) < parallel:
            spec = queue.pop(0)
            fd, tmp = tempfile.mkstemp(dir=cache, prefix=".enc-", suffix=".part")
            os.close(fd)
            log("encoding %s" % spec.name)
            pipe = Gst.parse_launch(spec.encode_desc(tmp))
            if spec.stop_ns:
                cut_at(pipe.get_by_name("cut"), spec.stop_ns)
            pipe.set_state(Gst.State.PLAYING)
            running.append((spec, pipe, tmp))
        still = []
        for spec, pipe, tmp in running:
            msg = pipe.get_bus().timed_pop_filtered(20 * Gst.MSECOND, Gst.MessageType.EOS | Gst.MessageType.ERROR)
            if msg is None:
                still.append((spec, pipe, tmp))
                continue
            pipe.set_state(Gst.State.NULL)
            if msg.type == Gst.MessageType.ERROR:
                err, dbg = msg.parse_error()
                os.unlink(tmp)
                raise SystemExit("vigie_streams: encoding %s failed: %s (%s)" % (spec.name, err.message, dbg))
            os.chmod(tmp, 0o644)
            os.replace(tmp, os.path.join(cache, spec.name))  # atomic: no half files in the cache
        running = still
    took = time.monotonic() - t0
    log("encoded %d clips in %.1f s" % (len(todo), took))
    return took


class Clip:
    """A pre-encoded clip held in memory as a list of H.264 (or H.265) access units."""

    def __init__(self, spec, path, stamp=False):
        self.spec = spec
        self.fps = spec.fps
        self.units = []
        media = "video/x-h265" if spec.codec == "h265" else "video/x-h264"
        pipe = Gst.parse_launch(
            "filesrc location=\"%s\" ! %sparse config-interval=-1 ! "
            "%s,stream-format=byte-stream,alignment=au ! "
            "appsink name=sink sync=false max-buffers=0 emit-signals=false"
            % (path, spec.codec, media))
        sink = pipe.get_by_name("sink")
        pipe.set_state(Gst.State.PLAYING)
        while True:
            sample = sink.try_pull_sample(10 * Gst.SECOND)
            if sample is None:
                break
            self.units.append(sample.get_buffer())
        bus_msg = pipe.get_bus().pop_filtered(Gst.MessageType.ERROR)
        pipe.set_state(Gst.State.NULL)
        if bus_msg is not None:
            raise SystemExit("vigie_streams: cannot read %s: %s" % (path, bus_msg.parse_error()[0].message))
        # The loop must start on a keyframe and end just before one.
        while self.units and self.units[0].has_flags(Gst.BufferFlags.DELTA_UNIT):
            self.units.pop(0)
        last_key = max((i for i, b in enumerate(self.units) if not b.has_flags(Gst.BufferFlags.DELTA_UNIT)),
                       default=0)
        gop = int(round(self.fps[0] / self.fps[1]))
        if len(self.units) - last_key < gop // 2 and last_key > 0:
            del self.units[last_key:]  # drop a short trailing fragment of a GOP
        if not self.units:
            raise SystemExit("vigie_streams: %s holds no keyframe; delete it and restart" % path)
        # Clean copies once, so that serving only has to stamp them.
        clean = []
        for b in self.units:
            c = b.copy()
            c.offset = c.offset_end = Gst.BUFFER_OFFSET_NONE
            c.unset_flags(Gst.BufferFlags.DISCONT)
            clean.append(c)
        self.units = clean
        # --stamp: each unit split where the SEI goes (before its first picture NAL).
        self.split = [split_before_picture(b.extract_dup(0, b.get_size()), spec.codec)
                      for b in self.units] if stamp else None
        self.caps = Gst.Caps.from_string(
            "%s,stream-format=byte-stream,alignment=au,profile=%s,"
            "width=%d,height=%d,pixel-aspect-ratio=1/1,framerate=%d/%d"
            % (media, PROFILE, spec.width, spec.height, self.fps[0], self.fps[1]))
        self.nbytes = sum(b.get_size() for b in self.units)


def split_before_picture(data, codec):
    """(head, tail) of an Annex B access unit, cut before the start code of its first
    picture (VCL) NAL: an SEI must come after the access unit delimiter and the
    parameter sets, and before the picture."""
    i = data.find(b"\x00\x00\x01")
    while 0 <= i < len(data) - 3:
        header = data[i + 3]
        vcl = (1 <= header & 0x1F <= 5) if codec == "h264" else ((header >> 1) & 0x3F) < 32
        if vcl:
            cut = i - 1 if i > 0 and data[i - 1] == 0 else i  # a 4-byte start code
            return data[:cut], data[cut:]
        i = data.find(b"\x00\x00\x01", i + 3)
    return data, b""


def escape_rbsp(rbsp):
    """Inserts the emulation-prevention bytes: no 00 00 0x (x <= 3) inside a NAL."""
    out = bytearray()
    zeros = 0
    for b in rbsp:
        if zeros >= 2 and b <= 3:
            out.append(3)
            zeros = 0
        out.append(b)
        zeros = zeros + 1 if b == 0 else 0
    return bytes(out)


def stamp_sei(codec, send_us):
    """An SEI NAL (start code included) carrying STAMP_UUID and send_us."""
    payload = STAMP_UUID + struct.pack(">q", send_us)
    # payload type 5 (user data unregistered), size, payload, rbsp trailing bits.
    rbsp = bytes([5, len(payload)]) + payload + b"\x80"
    header = b"\x06" if codec == "h264" else b"\x4e\x01"  # H.265: type 39, layer 0, tid 1
    return b"\x00\x00\x00\x01" + header + escape_rbsp(rbsp)


# ---------------------------------------------------------------- serving


class Feeder:
    """Pushes one clip's access units into a media's appsrc at the real frame rate,
    looping forever with timestamps that keep growing."""

    LEAD_NS = 5 * Gst.MSECOND  # push a frame this early at most (fewer wake-ups)

    def __init__(self, clip, appsrc, pipeline):
        self.units = clip.units
        self.split = clip.split  # None unless --stamp
        self.codec = clip.spec.codec
        self.appsrc = appsrc
        self.pipeline = pipeline
        self.n = 0
        self.start = None
        self.created = time.monotonic()
        self.num = Gst.SECOND * clip.fps[1]  # pts of frame n = start + n * num // den
        self.den = clip.fps[0]
        self.frame_ns = self.num // self.den

    def tick(self):
        """Push every frame that is due. Returns the time (ns) until the next frame
        is due, or None while the pipeline has no clock yet. Raises StopIteration
        when the media is gone."""
        clock = self.pipeline.get_clock()
        if clock is None:
            # Not playing yet; give up on a media that never starts.
            if time.monotonic() - self.created > 60:
                raise StopIteration
            return None
        now = clock.get_time() - self.pipeline.get_base_time()
        if self.start is None:
            self.start = now
        units, n, start, num, den = self.units, self.n, self.start, self.num, self.den
        split = self.split
        pts = start + n * num // den
        while pts <= now + self.LEAD_NS:
            if split is None:
                buf = units[n % len(units)].copy()
            else:
                head, tail = split[n % len(units)]
                sei = stamp_sei(self.codec, time.time_ns() // 1000)
                buf = Gst.Buffer.new_wrapped(head + sei + tail)
                if units[n % len(units)].has_flags(Gst.BufferFlags.DELTA_UNIT):
                    buf.set_flags(Gst.BufferFlags.DELTA_UNIT)
            buf.pts = buf.dts = pts
            buf.duration = self.frame_ns
            if self.appsrc.emit("push-buffer", buf) != FLOW_OK:
                raise StopIteration
            n += 1
            pts = start + n * num // den
        self.n = n
        return pts - now


class Scheduler(GLib.Source):
    """One main-loop source drives every active feeder (no thread per stream).
    It is created once and re-armed with set_ready_time(): re-adding a Python
    timeout for every frame would leak about 100 bytes per call in PyGObject."""

    def __init__(self):
        super().__init__()
        self.feeders = {}
        self.next_key = 0
        self.set_ready_time(-1)
        self.attach(None)

    def add(self, feeder):
        self.next_key += 1
        self.feeders[self.next_key] = feeder
        self.set_ready_time(0)  # run now
        return self.next_key

    def remove(self, key):
        self.feeders.pop(key, None)

    def prepare(self):
        return False, -1

    def check(self):
        return False

    def dispatch(self, callback, args):
        wait_ns = 40 * Gst.MSECOND
        for key, feeder in list(self.feeders.items()):
            try:
                nxt = feeder.tick()
            except StopIteration:
                self.feeders.pop(key, None)
                continue
            wait_ns = min(wait_ns, 5 * Gst.MSECOND if nxt is None else nxt - Feeder.LEAD_NS)
        if self.feeders:
            self.set_ready_time(GLib.get_monotonic_time() + max(1000, wait_ns // 1000))
        else:
            self.set_ready_time(-1)
        return GLib.SOURCE_CONTINUE


class LoopFactory(GstRtspServer.RTSPMediaFactory):
    """A shared media whose pipeline is appsrc ! rtph264pay (rtph265pay), fed from memory."""

    def __init__(self, path, clip, scheduler, udp_pool):
        super().__init__()
        self.path = path
        self.clip = clip
        self.scheduler = scheduler
        self.set_shared(True)
        self.set_protocols(GstRtsp.RTSPLowerTrans.UDP | GstRtsp.RTSPLowerTrans.TCP)
        if udp_pool is not None:
            self.set_address_pool(udp_pool)
        self.connect("media-configure", self._on_configure)

    def do_create_element(self, url):
        bin_ = Gst.parse_launch(
            "( appsrc name=src is-live=true format=time do-timestamp=false block=false "
            "max-bytes=0 max-buffers=%d ! rtp%spay name=pay0 pt=96 config-interval=-1 )"
            % (2 * int(round(self.clip.fps[0] / self.clip.fps[1])), self.clip.spec.codec))
        bin_.set_name(media_name(self.path))
        return bin_

    def _on_configure(self, _factory, media):
        element = media.get_element()
        appsrc = element.get_by_name("src")
        appsrc.set_property("caps", self.clip.caps)
        appsrc.set_property("min-latency", 0)
        log("media %s created" % self.path)
        # media-configure comes after the factory put the element in its pipeline.
        pipeline = element
        while pipeline.get_parent() is not None:
            pipeline = pipeline.get_parent()
        key = self.scheduler.add(Feeder(self.clip, appsrc, pipeline))

        def on_unprepared(m):
            log("media %s released" % self.path)
            self.scheduler.remove(key)

        media.connect("unprepared", on_unprepared)


def media_name(path):
    return "vigie" + path.replace("/", "-")


class SessionCounter:
    """Counts RTSP sessions per mount path and prints SESSION lines when they change."""

    def __init__(self, server, paths):
        self.server = server
        self.by_name = {media_name(p): p for p in paths}
        self.counts = collections.Counter()
        self.pending = False
        pool = server.get_session_pool()
        pool.connect("session-removed", lambda *a: self.soon())
        server.connect("client-connected", self._on_client)
        GLib.timeout_add(500, self._poll)
        GLib.timeout_add_seconds(2, self._cleanup)

    def _on_client(self, _server, client):
        for sig in ("new-session", "setup-request", "play-request", "teardown-request", "closed"):
            client.connect(sig, lambda *a: self.soon())

    def soon(self):
        if not self.pending:
            self.pending = True
            GLib.idle_add(self._recount)

    def _poll(self):
        self._recount()
        return True

    def _cleanup(self):
        self.server.get_session_pool().cleanup()  # expire timed-out sessions
        return True

    def _recount(self):
        self.pending = False
        now = collections.Counter()
        for session in self.server.get_session_pool().filter(None):
            seen = set()
            for sm in session.filter(None):
                media = sm.get_media()
                element = media.get_element() if media is not None else None
                path = self.by_name.get(element.get_name()) if element is not None else None
                if path is not None and path not in seen:
                    seen.add(path)
                    now[path] += 1
        for path in sorted(set(now) | set(self.counts)):
            old, new = self.counts[path], now[path]
            while old < new:
                old += 1
                say("SESSION open %s total=%d" % (path, old))
            while old > new:
                old -= 1
                say("SESSION close %s total=%d" % (path, old))
        self.counts = now
        return False


# ---------------------------------------------------------------- main


def parse_args(argv):
    ap = argparse.ArgumentParser(description="Vigie's local RTSP camera streams (demo and tests).")
    ap.add_argument("--port", type=int, required=True, help="RTSP port; 0 picks a free one")
    ap.add_argument("--cache", required=True, help="directory for the pre-encoded clips")
    ap.add_argument("--bind", default="127.0.0.1", help="listen address (default 127.0.0.1)")
    ap.add_argument("--auth", metavar="USER:PASS", help="require this basic-auth user on every mount")
    ap.add_argument("--cameras", type=int, default=6, help="number of cameras (default 6)")
    ap.add_argument("--seconds", type=int, default=10, help="length of the generated clips (default 10)")
    ap.add_argument("--vtest-seconds", type=int, default=20,
                    help="length of the vtest.avi clip, 0 for the whole file (default 20)")
    ap.add_argument("--main-size", metavar="WxH", default="%dx%d" % (MAIN_W, MAIN_H),
                    help="size of the generated scenes' main streams (default %dx%d)" % (MAIN_W, MAIN_H))
    ap.add_argument("--main-kbps", type=int, default=MAIN_KBPS,
                    help="bit rate of the generated main streams (default %d)" % MAIN_KBPS)
    ap.add_argument("--main-codec", choices=("h264", "h265"), default=MAIN_CODEC,
                    help="codec of every main stream (default h264; sub-streams stay H.264)")
    ap.add_argument("--stamp", action="store_true",
                    help="write the send time into every access unit (an SEI message, see above)")
    ap.add_argument("--label-each", action="store_true",
                    help="cameras after cam05 get clips labelled with their own number "
                         "(one more encode each) instead of reusing cam01..cam05's")
    a = ap.parse_args(argv)
    if not 0 <= a.port <= 65535:
        ap.error("--port must be 0..65535")
    # The demo's directory holds 300 cameras: the mounts share the clips, so many cost little.
    if a.cameras < 1 or a.cameras > 999:
        ap.error("--cameras must be 1..999")
    if a.auth is not None and ":" not in a.auth:
        ap.error("--auth wants USER:PASS")
    if a.seconds < 1 or a.vtest_seconds < 0:
        ap.error("bad clip length")
    try:
        w, h = (int(v) for v in a.main_size.lower().split("x"))
    except ValueError:
        ap.error("--main-size wants WIDTHxHEIGHT")
    if not (16 <= w <= 4096 and 16 <= h <= 2304) or w % 2 or h % 2:
        ap.error("--main-size must be even, 16x16 to 4096x2304")
    a.main_w, a.main_h = w, h
    if not 50 <= a.main_kbps <= 50000:
        ap.error("--main-kbps must be 50..50000")
    return a


def exit_now(signum, _frame):
    """SIGTERM/SIGINT before serving (while encoding): leave at once, status 0.
    A half-written clip is a hidden .part file that the next encoder removes."""
    log("stopping (signal %d during startup)" % signum)
    os._exit(0)


def main(argv):
    args = parse_args(argv)
    global MAIN_W, MAIN_H, MAIN_KBPS, MAIN_CODEC
    MAIN_W, MAIN_H, MAIN_KBPS, MAIN_CODEC = args.main_w, args.main_h, args.main_kbps, args.main_codec
    signal.signal(signal.SIGTERM, exit_now)
    signal.signal(signal.SIGINT, exit_now)
    Gst.init(None)
    os.makedirs(args.cache, exist_ok=True)
    t0 = time.monotonic()

    # Which clip each camera plays.
    cams = {}  # camera number -> (main spec, sub spec)
    specs = {}
    vtest = None
    for cam in range(1, args.cameras + 1):
        if cam == VTEST_CAMERA:
            if vtest is None:
                path = vtest_source(args.cache)
                native = probe_video(path)
                label = "CAM %02d" % cam
                vtest = (vtest_spec(path, native, label, False, args.vtest_seconds),
                         vtest_spec(path, native, label, True, args.vtest_seconds))
            pair = vtest
        else:
            idx = cam - 1 if cam < VTEST_CAMERA else cam - 2
            scene = idx % len(SCENES)
            label_cam = cam if (cam < VTEST_CAMERA or args.label_each) else scene + 1
            label = "CAM %02d" % label_cam
            pair = (scene_spec(scene, label, False, args.seconds), scene_spec(scene, label, True, args.seconds))
        for s in pair:
            specs[s.key] = s
        cams[cam] = pair

    encode_missing(list(specs.values()), args.cache)
    clips = {k: Clip(s, os.path.join(args.cache, s.name), args.stamp) for k, s in specs.items()}
    for c in clips.values():
        log("clip %s: %d frames, %.0f kbit/s" % (c.spec.name, len(c.units),
            c.nbytes * 8 / 1000 / (len(c.units) * c.fps[1] / c.fps[0])))
    log("%d clips in memory, %.1f MB" % (len(clips), sum(c.nbytes for c in clips.values()) / 1e6))
    try:  # give back what the encoders used (glibc keeps freed arenas otherwise)
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass

    server = GstRtspServer.RTSPServer()
    server.set_address(args.bind)
    server.set_service(str(args.port))
    server.set_backlog(128)  # a wall connects dozens of streams at once
    udp_pool = None
    if args.bind not in ("0.0.0.0", "::", ""):
        # Without a pool the RTP/RTCP UDP sockets would listen on every interface.
        udp_pool = GstRtspServer.RTSPAddressPool()
        if not udp_pool.add_range(args.bind, args.bind, UDP_PORT_MIN, UDP_PORT_MAX, 0):
            raise SystemExit("vigie_streams: bad --bind address %s" % args.bind)
    mounts = server.get_mount_points()
    scheduler = Scheduler()
    paths = []
    role = None
    if args.auth:
        user, password = args.auth.split(":", 1)
        auth = GstRtspServer.RTSPAuth()
        token = GstRtspServer.RTSPToken.new()
        token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, "viewer")
        auth.add_basic(GstRtspServer.RTSPAuth.make_basic(user, password), token)
        server.set_auth(auth)
        role = Gst.Structure.from_string(
            "viewer, media.factory.access=(boolean)true, media.factory.construct=(boolean)true")[0]
    for cam, (main_spec, sub_spec) in cams.items():
        for kind, spec in (("main", main_spec), ("sub", sub_spec)):
            path = "/cam%02d/%s" % (cam, kind)
            factory = LoopFactory(path, clips[spec.key], scheduler, udp_pool)
            if role is not None:
                factory.add_role_from_structure(role)
            mounts.add_factory(path, factory)
            paths.append(path)
    SessionCounter(server, paths)

    loop = GLib.MainLoop()
    port = server.get_bound_port() if server.attach(None) else -1
    if port <= 0:
        raise SystemExit("vigie_streams: cannot listen on %s:%d (address in use?)" % (args.bind, args.port))

    def stop():
        log("stopping")
        loop.quit()
        return GLib.SOURCE_REMOVE

    # From here on the main loop handles the signals (it replaces exit_now).
    GLib.unix_signal_add(GLib.PRIORITY_HIGH, signal.SIGTERM, stop)
    GLib.unix_signal_add(GLib.PRIORITY_HIGH, signal.SIGINT, stop)

    log("%d cameras on rtsp://%s:%d/camNN/{main,sub} (started in %.1f s)"
        % (args.cameras, args.bind, port, time.monotonic() - t0))
    say("READY port=%d" % port)
    loop.run()
    # Pipelines run in their own threads; leave without tearing them down one by one.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
