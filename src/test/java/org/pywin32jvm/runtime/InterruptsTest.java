package org.pywin32jvm.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl-C that woke a blocked call gives exactly one KeyboardInterrupt, raised by the face or by the handler. */
class InterruptsTest {
    @AfterEach
    void spent() {
        Interrupts.handlerShouldRaise();
    }

    @Test
    void withoutAWokenCallTheFaceRaisesItsErrorAndTheHandlerRaises() {
        assertFalse(Interrupts.takeWokenCall());
        assertTrue(Interrupts.handlerShouldRaise());
    }

    @Test
    void theFaceTakesAWokenCallOnceAndTheHandlerThenRaisesNothing() {
        Interrupts.wake(Thread.currentThread());
        assertTrue(Interrupts.takeWokenCall());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is spent");
        assertFalse(Interrupts.takeWokenCall(), "only once");
        assertFalse(Interrupts.handlerShouldRaise(), "the face has raised it");
        assertTrue(Interrupts.handlerShouldRaise(), "the next Ctrl-C raises again");
    }

    @Test
    void whenTheHandlerComesFirstTheFaceRaisesTheCallsError() {
        Interrupts.wake(Thread.currentThread());
        assertTrue(Interrupts.handlerShouldRaise());
        assertFalse(Thread.currentThread().isInterrupted());
        assertFalse(Interrupts.takeWokenCall());
    }

    @Test
    void anotherThreadsErrorIsNotTheWokenCall() throws Exception {
        Thread other = new Thread(() -> { });
        Interrupts.wake(other);
        assertFalse(Interrupts.takeWokenCall());
    }
}
