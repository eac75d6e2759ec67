package io.cairn.adapter.in.http.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;

/**
 * The server's one JWT key: HS256 with {@code cairn.auth.jwt-secret}. Micronaut's bearer validator checks every
 * incoming token against it, and Cairn signs with it. Only HS256 is accepted, which also closes {@code alg:none}
 * and HS/RS key confusion. Built here rather than from {@code micronaut.security.token.jwt.signatures.*} so the
 * host configures one key, once. Created at startup, so a missing or short secret stops the server from starting.
 */
@Context
@Named("generator")
public class HmacJwtSignature implements SignatureGeneratorConfiguration {

    static final int MIN_SECRET_BYTES = 32;

    private final MACSigner signer;
    private final MACVerifier verifier;

    public HmacJwtSignature(AuthConfiguration config) {
        byte[] secret = config.jwtSecret().getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new ConfigurationException(
                    "cairn.auth.jwt-secret must be at least " + MIN_SECRET_BYTES + " bytes for HS256");
        }
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new ConfigurationException("cairn.auth.jwt-secret cannot be used for HS256", e);
        }
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the HS256 JWS algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && jwt.verify(verifier);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(signer);
        return jwt;
    }
}
