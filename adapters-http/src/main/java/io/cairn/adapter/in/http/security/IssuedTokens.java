package io.cairn.adapter.in.http.security;

/** A fresh access and refresh token pair; {@code expiresIn} is the access token's lifetime in seconds. */
public record IssuedTokens(String accessToken, String refreshToken, long expiresIn) {}
