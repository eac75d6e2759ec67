package io.cairn.ports.out.payments;

/** The payment provider's API failed or answered with an error, so no checkout link could be made. */
public class PaymentProviderException extends RuntimeException {

    public PaymentProviderException(String message) {
        super(message);
    }

    public PaymentProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
