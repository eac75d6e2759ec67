package io.cairn.adapter.out.payments;

import io.cairn.domain.error.ValidationException;
import java.util.Map;
import java.util.Optional;

/** The operator's mapping between Cairn's plans and a provider's products or prices, both ways. */
public record PlanCatalog(Map<String, String> productsByPlan) {

    public PlanCatalog {
        productsByPlan = Map.copyOf(productsByPlan);
    }

    /** The product that sells {@code plan}; a plan the provider sells nothing for is bad input. */
    public String productFor(String plan) {
        String product = productsByPlan.get(plan);
        if (product == null) {
            throw new ValidationException("plan", "is not a plan you can buy here");
        }
        return product;
    }

    public Optional<String> planOf(String product) {
        return productsByPlan.entrySet().stream()
                .filter(e -> e.getValue().equals(product))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
