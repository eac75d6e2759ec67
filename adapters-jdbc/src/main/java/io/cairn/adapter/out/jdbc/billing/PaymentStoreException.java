package io.cairn.adapter.out.jdbc.billing;

/** Reading or writing payment events or subscriptions failed in the database. */
public class PaymentStoreException extends RuntimeException {

    public PaymentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
