package io.github.supportkpi.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a stretch of work used, from the garbage collector's notifications: the most heap in use just
 * before a collection (the peak, since the heap fills until a collection empties it) and the most left after
 * one (what stays reachable: the live data). Both are sums over the heap's pools. Thread-safe; closing it
 * stops listening.
 */
final class HeapWatch implements AutoCloseable {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::notified;
    private long peakBefore;
    private long peakAfter;
    private long collections;

    /** Listens to every collector of this JVM. */
    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter) {
                NotificationEmitter e = (NotificationEmitter) gc;
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private synchronized void notified(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        peakBefore = Math.max(peakBefore, used(info.getGcInfo().getMemoryUsageBeforeGc()));
        peakAfter = Math.max(peakAfter, used(info.getGcInfo().getMemoryUsageAfterGc()));
        collections++;
    }

    private static long used(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
            // the heap's pools only: the collectors also report code cache, metaspace and class space
            String name = e.getKey();
            if (!name.contains("Metaspace") && !name.contains("Code") && !name.contains("Class")) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    /** Forgets what it saw: the figures start again from the heap in use now. */
    synchronized void reset() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakBefore = now;
        peakAfter = 0;
        collections = 0;
    }

    /**
     * What it saw since the last reset, the heap in use now included in the peak.
     *
     * @return the figures
     */
    synchronized Figures figures() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Figures(Math.max(peakBefore, now), peakAfter, collections,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax());
    }

    /**
     * The heap of a stretch of work.
     *
     * @param peak the most heap in use, in bytes
     * @param live the most heap left after a collection, in bytes
     * @param collections the number of collections
     * @param max the heap's maximum size, in bytes
     */
    record Figures(long peak, long live, long collections, long max) {}

    @Override
    public void close() throws ListenerNotFoundException {
        for (NotificationEmitter e : emitters) {
            e.removeNotificationListener(listener);
        }
    }
}
