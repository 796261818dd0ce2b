#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace evimap {

// Hands items from one producer thread to one consumer thread, at most `capacity` waiting, so
// a fast producer cannot fill memory. The producer calls finish() when it has no more; the
// consumer calls stop() when it wants no more (an error, a cancel), which makes push() return
// false so the producer can end early.
template<typename T>
class HandoffQueue final
{
public:
    explicit HandoffQueue(std::size_t capacity)
        : m_capacity(capacity)
    {}

    // Blocks while the queue is full; false once the consumer has stopped.
    bool push(T &&item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_stopped || m_items.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks until an item arrives; empty once the producer has finished and all is taken.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_finished || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_items.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace evimap
